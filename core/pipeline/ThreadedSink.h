#pragma once

#include "Sink.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace lifeboat {

// Forwards chunks to `next` on a thread of its own through a bounded queue, so that a source
// that must keep reading (a server's socket, which stalls the sender when it fills) is not held
// up while the stages behind it work on the previous chunk.
class ThreadedSink final : public Sink
{
public:
    explicit ThreadedSink(Sink *next, size_t maxChunks = 8);
    ~ThreadedSink() override;
    Q_DISABLE_COPY_MOVE(ThreadedSink)

    // Copies `data`.
    Status write(const char *data, size_t size) override;
    // Hands the chunk over without a copy.
    Status push(QByteArray chunk) override;
    // Waits until everything queued has reached `next`; its first error, if any. `next` is not
    // finished, and the sink can take more chunks afterwards.
    [[nodiscard]] Status drain();
    Status finish() override;

private:
    void threadMain();

    Sink *m_next;
    const size_t m_maxChunks;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_queue;
    bool m_busy = false; // the worker holds a chunk outside the queue
    bool m_quit = false;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace lifeboat
