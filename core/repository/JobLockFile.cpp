#include "JobLockFile.h"

#include "common/FileOps.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace lifeboat {

namespace {
class FileJobLock final : public JobLock
{
public:
    explicit FileJobLock(int fd)
        : m_fd(fd)
    {
    }
    ~FileJobLock() override
    {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }

private:
    int m_fd;
};
} // namespace

Result<std::unique_ptr<JobLock>> lockJobFile(const QString &path, const QString &job)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, path, QCoreApplication::translate("LocalRepository", "cannot open lock file")));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        const QString pid = n > 0 ? QString::fromLatin1(buf, int(n)).trimmed() : QCoreApplication::translate("LocalRepository", "unknown");
        return fail(ErrorCode::Busy, QCoreApplication::translate("LocalRepository", "job \"%1\" is busy: another run (pid %2) holds its lock (wait for it to finish)")
                                         .arg(job, pid));
    }
    const QByteArray pid = QByteArray::number(::getpid()) + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    return std::unique_ptr<JobLock>(new FileJobLock(fd));
}

} // namespace lifeboat
