#pragma once

#include "Sink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

struct archive;

namespace lifeboat {

// The reverse of TarWriter: a Sink that unpacks the tar stream pushed into it into `folder`.
// libarchive reads by pulling, so it runs on its own thread fed through a small bounded queue.
// Only flat regular files are accepted (no folders, links or paths with '/'), each created new
// with mode 0600: a tampered archive cannot write outside `folder` or replace anything.
class TarExtractSink final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(TarExtractSink)

public:
    // `keep`, when set, picks the members whose contents are written; the others are read
    // through (and so still checked) but left as empty files, marking that they were there.
    explicit TarExtractSink(QString folder, std::function<bool(const QString &name)> keep = {});
    // Tree mode (a PostgreSQL data directory): folders and nested paths are accepted too, still
    // no links, absolute paths or "..", folders 0700, files 0600.
    // Check only: with an empty folder in tree mode nothing is written; members are read through
    // (so the stream's structure is checked) and their names collected in files().
    void setTree(bool tree) { m_tree = tree; }
    ~TarExtractSink() override;
    Q_DISABLE_COPY_MOVE(TarExtractSink)

    Status write(const char *data, size_t size) override;
    // Waits until the archive is fully unpacked; fails on a truncated or malformed archive.
    Status finish() override;
    QStringList files() const { return m_files; }

private:
    void run();
    Status extractAll(struct archive *a);
    static long readCallback(struct archive *, void *self, const void **buffer);

    QString m_folder;
    std::function<bool(const QString &)> m_keep;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    QByteArray m_current; // the block libarchive is reading
    bool m_tree = false;
    bool m_eof = false;
    bool m_abort = false;
    bool m_done = false;
    Status m_result;
    QStringList m_files;
};

} // namespace lifeboat
