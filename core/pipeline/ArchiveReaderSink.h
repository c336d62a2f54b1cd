#pragma once

#include "Sink.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

struct archive;

namespace lifeboat {

// Bridges the pipeline's push model to libarchive's pull model: bytes written into this Sink
// are queued (bounded) for a reader thread on which readArchive() runs over a tar stream.
// Subclasses decide what the members become; they must call start() at the end of their
// constructor (the thread calls their virtual) and stop() at the start of their destructor.
class ArchiveReaderSink : public Sink
{
public:
    ~ArchiveReaderSink() override;
    Q_DISABLE_COPY_MOVE(ArchiveReaderSink)

    Status write(const char *data, size_t size) final;
    Status push(QByteArray chunk) final; // queued as it is
    // Waits until readArchive() returned; its result is the result.
    Status finish() final;

protected:
    ArchiveReaderSink() = default;
    void start();
    void stop();
    // Runs on the reader thread over an opened tar reader.
    virtual Status readArchive(struct archive *a) = 0;
    // Consumes what follows the end-of-archive blocks so the writer side never blocks.
    void drain(struct archive *a);

private:
    void run();
    static long readCallback(struct archive *, void *self, const void **buffer);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    QByteArray m_current; // the block libarchive is reading
    bool m_eof = false;
    bool m_abort = false;
    bool m_done = false;
    Status m_result;
};

} // namespace lifeboat
