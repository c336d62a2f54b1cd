#include "DirectReader.h"

#include "Sink.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace lifeboat {

DirectReader::DirectReader(int fd)
    : m_fd(fd)
{
    for (int i = 0; i < kBuffers; ++i) {
        void *p = nullptr;
        if (::posix_memalign(&p, 4096, kStreamChunk) != 0) // 4096 covers 512- and 4096-byte sectors
            break;
        m_buffers.push_back(static_cast<char *>(p));
        m_free.push_back(i);
    }
    if (m_buffers.empty())
        m_full.emplace_back(-1, -ENOMEM);
    else
        m_thread = std::thread([this] { run(); });
}

DirectReader::~DirectReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    for (char *b : m_buffers)
        std::free(b);
}

std::pair<const char *, ssize_t> DirectReader::next()
{
    std::unique_lock lock(m_mutex);
    if (m_current >= 0) {
        m_free.push_back(m_current);
        m_current = -1;
        m_cv.notify_all();
    }
    m_cv.wait(lock, [&] { return !m_full.empty(); });
    const auto [index, n] = m_full.front();
    if (index < 0)
        return {nullptr, n}; // the end or an error: stays at the front for any later call
    m_full.pop_front();
    m_current = index;
    return {m_buffers[size_t(index)], n};
}

void DirectReader::run()
{
    bool direct = true;
    for (;;) {
        int index = -1;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [&] { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            index = m_free.back();
            m_free.pop_back();
        }
        ssize_t n = 0;
        do
            n = ::read(m_fd, m_buffers[size_t(index)], kStreamChunk);
        while (n < 0 && errno == EINTR);
        if (n < 0 && errno == EINVAL && direct) {
            const int flags = ::fcntl(m_fd, F_GETFL);
            if (flags >= 0 && ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT) == 0) {
                direct = false;
                std::lock_guard lock(m_mutex);
                m_free.push_back(index);
                continue;
            }
        }
        const ssize_t result = n < 0 ? -ssize_t(errno) : n;
        std::lock_guard lock(m_mutex);
        if (n > 0) {
            m_full.emplace_back(index, result);
        } else {
            m_free.push_back(index);
            m_full.emplace_back(-1, result);
        }
        m_cv.notify_all();
        if (n <= 0)
            return;
    }
}

} // namespace lifeboat
