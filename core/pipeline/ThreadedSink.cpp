#include "ThreadedSink.h"

namespace lifeboat {

ThreadedSink::ThreadedSink(Sink *next, size_t maxChunks)
    : m_next(next)
    , m_maxChunks(maxChunks)
{
    m_thread = std::thread([this] { threadMain(); });
}

ThreadedSink::~ThreadedSink()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear(); // not drained: the stream failed or was cancelled, the rest is lost anyway
        m_quit = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

void ThreadedSink::threadMain()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return !m_queue.empty() || m_quit; });
        if (m_queue.empty())
            return; // quit with nothing left
        QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        const bool failed = m_error.has_value();
        lock.unlock();
        m_cv.notify_all();
        // After a failure the rest is dropped: the stream is lost anyway.
        Status status = failed ? Status{} : m_next->write(chunk.constData(), size_t(chunk.size()));
        chunk = QByteArray();
        lock.lock();
        if (!status && !m_error)
            m_error = status.error();
        m_busy = false;
        m_cv.notify_all();
        if (m_quit && m_queue.empty())
            return;
    }
}

Status ThreadedSink::push(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_queue.size() < m_maxChunks || m_error; });
    if (m_error)
        return fail(*m_error);
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_cv.notify_all();
    return {};
}

Status ThreadedSink::write(const char *data, size_t size)
{
    return push(QByteArray(data, qsizetype(size)));
}

Status ThreadedSink::drain()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_error; });
    if (m_error) {
        // Let the worker drop what is still queued before the caller goes on.
        m_cv.wait(lock, [this] { return m_queue.empty() && !m_busy; });
        return fail(*m_error);
    }
    return {};
}

Status ThreadedSink::finish()
{
    LB_TRY(drain());
    return m_next->finish();
}

} // namespace lifeboat
