#include "FileSink.h"

#include "common/FileOps.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace lifeboat {

FileSink::~FileSink()
{
    if (m_fd >= 0)
        discard();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

Status FileSink::open(const QString &path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return fail(FileOps::errnoError(errno, path, tr("cannot create"))); // and discard() leaves a file someone else made alone
    m_path = path;
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        m_lockFd = ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
    return {};
}

Status FileSink::write(const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(FileOps::errnoError(errno, m_path, tr("cannot write")));
        }
        data += n;
        size -= size_t(n);
        m_written += n;
    }
    if (m_writeBehind > 0 && m_written - m_started >= m_writeBehind) {
        // Start writeback of what is there without waiting for it: the fsync in finish() then
        // has little left to do.
        ::sync_file_range(m_fd, m_started, m_written - m_started, SYNC_FILE_RANGE_WRITE);
        m_started = m_written;
    }
    return {};
}

Status FileSink::finish()
{
    if (::fsync(m_fd) != 0)
        return fail(FileOps::errnoError(errno, m_path, tr("cannot sync")));
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return fail(FileOps::errnoError(errno, m_path, tr("cannot close")));
    return {};
}

void FileSink::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

} // namespace lifeboat
