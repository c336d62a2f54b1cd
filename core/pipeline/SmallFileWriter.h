#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lifeboat {

// Creates and writes small files on worker threads, so that unpacking a data directory does not
// wait for each file's creation in turn. Creating a file can cost more than writing its bytes:
// a PostgreSQL data directory holds about a thousand small catalog files per database, and on a
// file system without a journal ext4 scans past every recently deleted inode for each new one
// (half a second per cluster measured here after removing the previous copy). Creations in one
// folder serialize on its lock, so a worker takes the oldest file whose folder no other worker is
// in: the folders of a cluster (one per database) proceed side by side. A worker only starts a
// file's writeback (sync_file_range) before closing it; finish() then fsyncs every file by path on
// all workers, as PostgreSQL's own fsync of a data directory does. By then most writeback is done,
// so the fsyncs are short, instead of each file's fsync holding a worker while the next creations
// wait (5-9 % off a realistic cluster's lay-down, 1-3 % off pgbench's, A/B in docs/benchmarks.md).
class SmallFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(SmallFileWriter)

public:
    explicit SmallFileWriter(int workers = 4, size_t maxQueuedBytes = size_t(32) << 20);
    // Drops what is still queued (the stream failed) and joins the workers.
    ~SmallFileWriter();
    Q_DISABLE_COPY_MOVE(SmallFileWriter)

    // Queues `path` (new, mode 0600, fsynced; its folder must exist) with `content`. Blocks while too much
    // is queued. Fails with the first error a worker met.
    [[nodiscard]] Status add(const QString &path, QByteArray content);
    // Waits until every queued file is written and fsynced; the first error, if any.
    [[nodiscard]] Status finish();

private:
    struct Task
    {
        QString path;
        QString folder;
        QByteArray content;
    };
    struct Worker
    {
        std::optional<QString> folder; // set while creating and writing a file there
        bool busy = false;             // holds a task or an fsync of finish()'s pass
        std::thread thread;
    };
    void workerMain(Worker *worker);
    // The first queued task whose folder no other worker is in, or end().
    std::deque<Task>::iterator nextTaskFor(const Worker *worker);
    bool idle() const;
    static Result<int> createAndWrite(const Task &task);
    static Status startWritebackAndClose(int fd, const QString &path);
    static Status syncPath(const QString &path);

    const size_t m_maxQueuedBytes;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Task> m_queue;
    std::vector<QString> m_written; // closed, writeback started, not yet fsynced
    std::vector<QString> m_toSync;  // finish()'s fsync pass
    std::vector<Worker> m_workers;
    size_t m_queuedBytes = 0;
    bool m_quit = false;
    std::optional<Error> m_error;
};

} // namespace lifeboat
