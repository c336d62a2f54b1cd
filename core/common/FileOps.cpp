#include "FileOps.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

Error FileOps::errnoError(int err, const QString &path, const QString &verb)
{
    const QString cause = QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT) {
        const QString dir = QFileInfo(path).absolutePath();
        return Error{ErrorCode::DiskFull,
                     tr("%1 %2: disk full (%3 free in %4; free space or choose another repository)")
                         .arg(verb, path)
                         .arg(QLocale::c().formattedDataSize(qMax<qint64>(0, freeBytes(dir))), dir),
                     cause};
    }
    if (err == ENOENT)
        return Error{ErrorCode::NotFound, tr("%1 %2: %3 (check the path)").arg(verb, path, cause), {}};
    if (err == EACCES || err == EPERM || err == EROFS)
        return Error{ErrorCode::Failed, tr("%1 %2: %3 (check permissions and that the folder is writable)").arg(verb, path, cause), {}};
    if (err == EEXIST)
        return Error{ErrorCode::AlreadyExists, tr("%1 %2: it already exists (choose another name)").arg(verb, path), {}};
    return Error{ErrorCode::Failed, tr("%1 %2: %3").arg(verb, path, cause), {}};
}

namespace {
// Runs `op` (fsync or syncfs) on an fd of folder `dir`.
Status syncFolder(const QString &dir, int (*op)(int), bool ignoreEinval, const QString &verb)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, dir, FileOps::tr("cannot open folder")));
    const int rc = op(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && !(ignoreEinval && err == EINVAL))
        return fail(FileOps::errnoError(err, dir, verb));
    return {};
}
} // namespace

Status FileOps::syncDirectory(const QString &dir)
{
    // Some filesystems do not sync folders (EINVAL); nothing to gain there.
    return syncFolder(dir, ::fsync, true, tr("cannot sync folder"));
}

Status FileOps::syncFolderTree(const QString &dir)
{
    QDirIterator it(dir, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        LB_TRY(syncDirectory(it.next()));
    return syncDirectory(dir);
}

Status FileOps::writeAllAt(int fd, const char *data, size_t size, qint64 offset, const QString &path)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size, off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(errnoError(errno, path, tr("cannot write")));
        data += n;
        size -= size_t(n);
        offset += n;
    }
    return {};
}

Status FileOps::commitRename(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(errnoError(errno, to, tr("cannot rename into")));
    return syncDirectory(QFileInfo(to).absolutePath());
}

namespace {
// Writes `data` into a partial file of this process's own beside `path` and syncs it; the
// caller renames it. Two processes writing the same path never share a partial file.
Result<QString> writePartial(const QString &path, const QByteArray &data)
{
    static std::atomic<int> counter{0};
    const QString partial = QStringLiteral("%1.%2-%3.partial").arg(path).arg(::getpid()).arg(++counter);
    QFile::remove(partial);
    const int fd = ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, partial, FileOps::tr("cannot create")));
    const char *p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            QFile::remove(partial);
            return fail(FileOps::errnoError(err, path, FileOps::tr("cannot write")));
        }
        p += n;
        left -= n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        QFile::remove(partial);
        return fail(FileOps::errnoError(err, path, FileOps::tr("cannot sync")));
    }
    return partial;
}
} // namespace

Status FileOps::writeAtomically(const QString &path, const QByteArray &data)
{
    auto partial = writePartial(path, data);
    if (!partial)
        return fail(partial.error());
    Status status = commitRename(*partial, path);
    if (!status)
        QFile::remove(*partial);
    return status;
}

Status FileOps::createAtomically(const QString &path, const QByteArray &data)
{
    auto partial = writePartial(path, data);
    if (!partial)
        return fail(partial.error());
    if (::renameat2(AT_FDCWD, QFile::encodeName(*partial).constData(), AT_FDCWD, QFile::encodeName(path).constData(), RENAME_NOREPLACE) != 0) {
        const int err = errno;
        QFile::remove(*partial);
        if (err == EEXIST)
            return fail(ErrorCode::AlreadyExists, tr("%1 already exists").arg(path));
        return fail(errnoError(err, path, tr("cannot rename into")));
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status FileOps::makePrivateDirs(const QString &dir)
{
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    if (QFileInfo(clean).isDir())
        return {};
    const QString parent = QFileInfo(clean).absolutePath();
    if (parent != clean)
        LB_TRY(makePrivateDirs(parent));
    if (::mkdir(QFile::encodeName(clean).constData(), 0700) != 0 && errno != EEXIST)
        return fail(errnoError(errno, clean, tr("cannot create folder")));
    return {};
}

qint64 FileOps::freeBytes(const QString &dir)
{
    QStorageInfo info(dir);
    return info.isValid() ? info.bytesAvailable() : -1;
}

bool FileOps::isAbandoned(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

QStringList FileOps::abandonedFiles(const QString &dir, const QString &suffix, bool directories)
{
    QStringList out;
    const QDir d(dir);
    const QDir::Filters filter = (directories ? QDir::Dirs | QDir::NoDotAndDotDot : QDir::Files) | QDir::Hidden;
    for (const QString &name : d.entryList({QLatin1Char('*') + suffix}, filter))
        if (isAbandoned(d.filePath(name)))
            out.append(d.filePath(name));
    return out;
}

bool FileOps::removeTree(const QString &path)
{
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
        return QFile::remove(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDirIterator it(path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (!it.fileInfo().isSymLink())
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return QDir(path).removeRecursively();
}

} // namespace lifeboat
