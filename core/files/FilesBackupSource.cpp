#include "FilesBackupSource.h"

#include "SafePath.h"
#include "common/FileOps.h"
#include "common/OperationContext.h"
#include "config/Config.h"
#include "pipeline/Sha256Tap.h"
#include "pipeline/TarWriter.h"
#include "repository/Repository.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace lifeboat {

namespace {
constexpr int kListedAtMost = 100; // changed / left-out paths named in the sidecar

bool sameTime(const timespec &a, const timespec &b)
{
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

int openForReading(const QByteArray &path)
{
    // O_NOATIME keeps a backup from touching access times; only the owner (or root) may ask.
    int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOATIME);
    if (fd < 0 && errno == EPERM)
        fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    return fd;
}
} // namespace

FileTreeWalker FilesBackupSource::walker(const QString &folder, const QStringList &include, const QStringList &exclude)
{
    FileTreeWalker walker(QFile::encodeName(folder), FilePatterns(include), FilePatterns(exclude));
    walker.setReservedNames({FilesManifest::kMemberName});
    walker.setSkipMarker(Repository::kHeaderFile);
    return walker;
}

FilesBackupSource::FilesBackupSource(const JobConfig &job, const QString &overridePath)
    : m_folder(QFileInfo(overridePath.isEmpty() ? job.path : overridePath).absoluteFilePath())
    , m_consistent(job.consistent)
{
    // A safety copy of a restore target keeps all of it, whatever the job's patterns select.
    if (overridePath.isEmpty()) {
        m_include = job.include;
        m_exclude = job.exclude;
    }
}

FilesBackupSource::~FilesBackupSource()
{
    if (m_disk)
        archive_read_free(m_disk);
}

Status FilesBackupSource::prepare(OperationContext *context)
{
    const QFileInfo info(m_folder);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist (check the job's path; for a Docker volume, its _data folder)").arg(m_folder));
    if (!info.isDir())
        return fail(ErrorCode::InvalidConfig, tr("%1 is not a folder (a files job backs up a folder)").arg(m_folder));
    struct stat st {};
    if (::stat(QFile::encodeName(m_folder).constData(), &st) == 0)
        m_manifest.rootMode = int(st.st_mode & 07777);
    // A first pass counts what will be read, so progress has a total.
    if (context)
        context->reportStep(tr("Listing %1").arg(m_folder));
    m_plannedBytes = 0;
    return walker(m_folder, m_include, m_exclude).walk(
        [this](const FileNode &node) {
            if (S_ISREG(node.st.st_mode))
                m_plannedBytes += node.st.st_size;
            return Status{};
        },
        context);
}

void FilesBackupSource::leaveOut(const QString &path, const QString &reason, OperationContext *context)
{
    if (m_leftOut.size() < kListedAtMost)
        m_leftOut.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("reason"), reason}});
    if (context)
        context->reportLog(tr("warning: left out %1: %2").arg(path, reason));
}

void FilesBackupSource::noteChanged(const QString &path, OperationContext *context)
{
    m_changed.append(path);
    if (context && m_changed.size() <= 20)
        context->reportLog(tr("warning: %1 changed while it was read; its copy may be inconsistent").arg(path));
}

Status FilesBackupSource::stream(Sink *sink, OperationContext *context)
{
    if (context)
        context->reportStep(tr("Packing %1 (%2 bytes)").arg(m_folder).arg(m_plannedBytes));
    m_disk = archive_read_disk_new();
    if (!m_disk)
        return fail(ErrorCode::Failed, tr("libarchive cannot start reading files (out of memory?)"));
    archive_read_disk_set_standard_lookup(m_disk);
    TarWriter tar(sink, TarWriter::Format::Pax);
    tar.setObserver([this](const QString &, const char *data, size_t size) {
        if (m_hasher && size > 0)
            (void)m_hasher->write(data, size);
    });
    LB_TRY(tar.open());
    FileTreeWalker walker = FilesBackupSource::walker(m_folder, m_include, m_exclude);
    LB_TRY(walker.walk([&](const FileNode &node) { return add(node, tar, context); }, context));
    for (const QString &repository : walker.skipped())
        leaveOut(repository, tr("a Lifeboat repository (its backups are not backed up again)"), context);
    for (const QString &gone : walker.vanished())
        noteChanged(gone, context);
    if (m_changed.size() > 20 && context)
        context->reportLog(tr("warning: %1 files changed while they were read in all").arg(m_changed.size()));
    if (m_consistent && !m_changed.isEmpty())
        return fail(ErrorCode::Failed,
                    tr("%1 file(s) changed while the folder was read (first: %2), and the job asks for a consistent copy: stop the application "
                       "writing to %3 or back up a snapshot of it (see docs/files.md), then run the backup again")
                        .arg(m_changed.size())
                        .arg(m_changed.first(), m_folder));
    LB_TRY(tar.addBuffer(QLatin1String(FilesManifest::kMemberName), m_manifest.toJson()));
    return tar.close();
}

Status FilesBackupSource::add(const FileNode &node, TarWriter &tar, OperationContext *context)
{
    const QString path = QFile::decodeName(node.relative);
    struct stat st = node.st;
    FilesManifest::Entry record;
    record.path = path;
    int fd = -1;
    const auto closer = qScopeGuard([&fd] {
        if (fd >= 0)
            ::close(fd);
    });
    if (S_ISSOCK(st.st_mode)) {
        leaveOut(path, tr("a socket (tar cannot hold one; the application recreates it)"), context);
        return {};
    }
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
        leaveOut(path, tr("a device file (a safe restore refuses device files)"), context);
        return {};
    }
    if (S_ISLNK(st.st_mode)) {
        QByteArray target(qMax<qint64>(st.st_size, 255) + 1, '\0');
        const ssize_t n = ::readlink(node.absolute.constData(), target.data(), size_t(target.size()));
        if (n < 0) {
            if (errno == ENOENT) {
                noteChanged(path, context);
                return {};
            }
            return fail(FileOps::errnoError(errno, QFile::decodeName(node.absolute), tr("cannot read the symlink")));
        }
        target.truncate(n);
        record.type = QStringLiteral("symlink");
        record.target = QFile::decodeName(target);
        if (!SafePath::linkStaysInside(path, record.target)) {
            leaveOut(path, tr("a symlink pointing outside the folder (to %1); a safe restore refuses it").arg(record.target), context);
            return {};
        }
        ++m_symlinks;
    } else if (S_ISDIR(st.st_mode)) {
        record.type = QStringLiteral("dir");
        ++m_dirs;
    } else if (S_ISFIFO(st.st_mode)) {
        record.type = QStringLiteral("fifo");
        ++m_fifos;
    } else if (S_ISREG(st.st_mode)) {
        fd = openForReading(node.absolute);
        if (fd < 0) {
            if (errno == ENOENT) {
                noteChanged(path, context);
                return {};
            }
            return fail(FileOps::errnoError(errno, QFile::decodeName(node.absolute), tr("cannot read")));
        }
        struct stat opened {};
        if (::fstat(fd, &opened) != 0)
            return fail(FileOps::errnoError(errno, QFile::decodeName(node.absolute), tr("cannot read")));
        if (opened.st_ino != st.st_ino || !S_ISREG(opened.st_mode)) {
            noteChanged(path, context); // replaced between listing and opening
            if (!S_ISREG(opened.st_mode))
                return {};
        }
        st = opened;
        const auto key = qMakePair(quint64(st.st_dev), quint64(st.st_ino));
        if (st.st_nlink > 1 && m_linkTargets.contains(key)) {
            record.type = QStringLiteral("hardlink");
            record.target = m_linkTargets.value(key);
            ++m_hardlinks;
        } else {
            if (st.st_nlink > 1)
                m_linkTargets.insert(key, path);
            record.type = QStringLiteral("file");
            record.size = st.st_size;
            ++m_files;
        }
    } else {
        leaveOut(path, tr("a file of an unknown type"), context);
        return {};
    }

    std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_copy_sourcepath(entry.get(), node.absolute.constData());
    if (archive_read_disk_entry_from_file(m_disk, entry.get(), fd, &st) != ARCHIVE_OK)
        return fail(ErrorCode::Failed, tr("cannot read the attributes of %1: %2").arg(QFile::decodeName(node.absolute),
                                                                                      QString::fromUtf8(archive_error_string(m_disk))));
    archive_entry_copy_pathname(entry.get(), node.relative.constData());
    if (record.type == QLatin1String("hardlink")) {
        archive_entry_copy_hardlink(entry.get(), QFile::encodeName(record.target).constData());
        archive_entry_set_size(entry.get(), 0);
        archive_entry_sparse_clear(entry.get());
    }
    if (fd >= 0)
        ::lseek(fd, 0, SEEK_SET); // reading the sparse map may have moved it

    Sha256Tap hasher(nullptr);
    m_hasher = record.type == QLatin1String("file") ? &hasher : nullptr;
    bool shrank = false;
    Status added = tar.addEntry(entry.get(), fd, QFile::decodeName(node.absolute), context, &shrank);
    m_hasher = nullptr;
    LB_TRY(added);
    if (record.type == QLatin1String("file")) {
        LB_TRY(hasher.finish());
        record.sha256 = hasher.hex();
        m_bytes += record.size;
        struct stat after {};
        if (shrank || ::fstat(fd, &after) != 0 || after.st_size != st.st_size || !sameTime(after.st_mtim, st.st_mtim)
            || !sameTime(after.st_ctim, st.st_ctim))
            noteChanged(path, context);
        if (context)
            context->reportProgress(m_bytes, qMax(m_plannedBytes, m_bytes));
    }
    m_manifest.entries.append(record);
    return {};
}

QJsonObject FilesBackupSource::sourceInfo() const
{
    QJsonArray changed;
    for (const QString &path : m_changed.mid(0, kListedAtMost))
        changed.append(path);
    return QJsonObject{{QStringLiteral("engine"), QStringLiteral("files")},
                       {QStringLiteral("path"), m_folder},
                       {QStringLiteral("size_bytes"), m_bytes},
                       {QStringLiteral("file_count"), m_files},
                       {QStringLiteral("directory_count"), m_dirs},
                       {QStringLiteral("symlink_count"), m_symlinks},
                       {QStringLiteral("hardlink_count"), m_hardlinks},
                       {QStringLiteral("fifo_count"), m_fifos},
                       {QStringLiteral("include"), QJsonArray::fromStringList(m_include)},
                       {QStringLiteral("exclude"), QJsonArray::fromStringList(m_exclude)},
                       {QStringLiteral("changed_during_backup"), changed},
                       {QStringLiteral("changed_count"), m_changed.size()},
                       {QStringLiteral("left_out"), m_leftOut}};
}

} // namespace lifeboat
