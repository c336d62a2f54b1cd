#include "SmallFileWriter.h"

#include "common/FileOps.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace lifeboat {

SmallFileWriter::SmallFileWriter(int workers, size_t maxQueuedBytes)
    : m_maxQueuedBytes(maxQueuedBytes)
    , m_workers(size_t(std::max(1, workers)))
{
    for (Worker &w : m_workers)
        w.thread = std::thread([this, &w] { workerMain(&w); });
}

SmallFileWriter::~SmallFileWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_queue.clear();
        m_toSync.clear();
    }
    m_cv.notify_all();
    for (Worker &w : m_workers)
        w.thread.join();
}

Result<int> SmallFileWriter::createAndWrite(const Task &task)
{
    const int fd = ::open(QFile::encodeName(task.path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, task.path, tr("cannot create")));
    const Status written = FileOps::writeAllAt(fd, task.content.constData(), size_t(task.content.size()), 0, task.path);
    if (!written) {
        ::close(fd);
        return fail(written.error());
    }
    return fd;
}

Status SmallFileWriter::startWritebackAndClose(int fd, const QString &path)
{
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); // a hint: errors show at the fsync
    if (::close(fd) != 0)
        return fail(FileOps::errnoError(errno, path, tr("cannot write")));
    return {};
}

Status SmallFileWriter::syncPath(const QString &path)
{
    // Durable before pitr says done: a laid-down data directory must survive a crash.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, path, tr("cannot write")));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return fail(FileOps::errnoError(err, path, tr("cannot write")));
    return {};
}

std::deque<SmallFileWriter::Task>::iterator SmallFileWriter::nextTaskFor(const Worker *worker)
{
    return std::find_if(m_queue.begin(), m_queue.end(), [&](const Task &task) {
        return std::none_of(m_workers.begin(), m_workers.end(),
                            [&](const Worker &w) { return &w != worker && w.folder == task.folder; });
    });
}

bool SmallFileWriter::idle() const
{
    return m_queue.empty() && m_toSync.empty() && std::none_of(m_workers.begin(), m_workers.end(), [](const Worker &w) { return w.busy; });
}

void SmallFileWriter::workerMain(Worker *worker)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        auto it = m_queue.end();
        m_cv.wait(lock, [&] { return m_quit || (it = nextTaskFor(worker)) != m_queue.end() || !m_toSync.empty(); });
        if (m_quit)
            return;
        if (it == m_queue.end()) {
            // finish()'s pass: fsync what was written, its writeback long started.
            const QString path = std::move(m_toSync.back());
            m_toSync.pop_back();
            worker->busy = true;
            const bool failed = m_error.has_value();
            lock.unlock();
            const Status status = failed ? Status{} : syncPath(path);
            lock.lock();
            if (!status && !m_error)
                m_error = status.error();
            worker->busy = false;
            m_cv.notify_all();
            continue;
        }
        Task task = std::move(*it);
        m_queue.erase(it);
        worker->folder = task.folder;
        worker->busy = true;
        const bool failed = m_error.has_value();
        lock.unlock();
        // After a failure the rest is dropped: the caller removes what was laid down.
        Status status;
        if (!failed) {
            auto fd = createAndWrite(task);
            status = fd ? startWritebackAndClose(*fd, task.path) : Status(fail(fd.error()));
        }
        const size_t bytes = size_t(task.content.size());
        lock.lock();
        worker->folder.reset();
        m_queuedBytes -= bytes;
        if (!status && !m_error)
            m_error = status.error();
        if (status && !failed)
            m_written.push_back(std::move(task.path));
        worker->busy = false;
        lock.unlock();
        task = Task{};
        lock.lock();
        m_cv.notify_all();
    }
}

Status SmallFileWriter::add(const QString &path, QByteArray content)
{
    QString folder = QFileInfo(path).path();
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return m_queuedBytes < m_maxQueuedBytes || m_error; });
    if (m_error)
        return fail(*m_error);
    m_queuedBytes += size_t(content.size());
    m_queue.push_back({path, std::move(folder), std::move(content)});
    lock.unlock();
    m_cv.notify_all();
    return {};
}

Status SmallFileWriter::finish()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return idle(); });
    if (!m_error) {
        m_toSync = std::exchange(m_written, {});
        m_cv.notify_all();
        m_cv.wait(lock, [&] { return idle(); });
    }
    if (m_error)
        return fail(*m_error);
    return {};
}

} // namespace lifeboat
