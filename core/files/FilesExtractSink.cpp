#include "FilesExtractSink.h"

#include "SafePath.h"
#include "common/FileOps.h"
#include "pipeline/Sha256Tap.h"

#include <QFile>
#include <QLocale>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>
#include <unistd.h>

namespace lifeboat {

namespace {
constexpr qint64 kManifestLimit = qint64(1) << 30;

Status hashZeros(Sha256Tap &hasher, qint64 count)
{
    static const char zeros[65536] = {};
    while (count > 0) {
        const size_t n = size_t(qMin<qint64>(count, qint64(sizeof zeros)));
        LB_TRY(hasher.write(zeros, n));
        count -= qint64(n);
    }
    return {};
}

// A write that failed: a full disk says so with the free space, like every other full disk.
Error writeError(archive *disk, const QString &folder, const QString &member)
{
    const int err = archive_errno(disk);
    if (err == ENOSPC || err == EDQUOT)
        return {ErrorCode::DiskFull,
                FilesExtractSink::tr("cannot restore %1: disk full (%2 free in %3; free space there or restore elsewhere with --to)")
                    .arg(member, QLocale::c().formattedDataSize(qMax<qint64>(0, FileOps::freeBytes(folder))), folder),
                QString::fromUtf8(archive_error_string(disk))};
    return {ErrorCode::Failed, FilesExtractSink::tr("cannot restore %1: %2").arg(member, QString::fromUtf8(archive_error_string(disk))), {}};
}

QString entryName(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
}
} // namespace

FilesExtractSink::FilesExtractSink(QString folder)
    : m_folder(std::move(folder))
{
    start();
}

FilesExtractSink::~FilesExtractSink()
{
    stop();
}

Status FilesExtractSink::refuse(const QString &member, const QString &why) const
{
    return fail(ErrorCode::Corrupt, tr("the archive member \"%1\" is refused: %2; nothing was written outside the restore folder "
                                       "(the archive was not written by Lifeboat or was tampered with)")
                                        .arg(member, why));
}

Status FilesExtractSink::checkMember(archive_entry *entry, const QString &name, QString *relative, Seen *seen) const
{
    *relative = SafePath::normalizedRelative(name);
    if (relative->isEmpty())
        return refuse(name, tr("an absolute path, an empty name or a \"..\" component"));
    if (m_seen.contains(*relative))
        return refuse(name, tr("it appears twice"));
    const char *hardlink = archive_entry_hardlink(entry);
    switch (archive_entry_filetype(entry)) {
    case AE_IFDIR:
        seen->type = QStringLiteral("dir");
        break;
    case AE_IFIFO:
        seen->type = QStringLiteral("fifo");
        break;
    case AE_IFLNK: {
        const char *target = archive_entry_symlink(entry);
        seen->type = QStringLiteral("symlink");
        seen->target = target ? QFile::decodeName(target) : QString();
        if (!SafePath::linkStaysInside(*relative, seen->target, m_symlinks))
            return refuse(name, tr("a symlink pointing outside the restore folder (to %1)").arg(seen->target));
        break;
    }
    case AE_IFCHR:
    case AE_IFBLK:
        return refuse(name, tr("a device file"));
    case AE_IFSOCK:
        return refuse(name, tr("a socket"));
    case AE_IFREG:
        seen->type = hardlink ? QStringLiteral("hardlink") : QStringLiteral("file");
        break;
    default:
        if (!hardlink)
            return refuse(name, tr("a member of an unknown type"));
        seen->type = QStringLiteral("hardlink");
    }
    if (seen->type == QLatin1String("hardlink")) {
        seen->target = SafePath::normalizedRelative(QFile::decodeName(hardlink));
        const auto first = m_seen.constFind(seen->target);
        if (seen->target.isEmpty() || first == m_seen.constEnd() || first->type != QLatin1String("file"))
            return refuse(name, tr("a hard link to %1, which is not a file unpacked before it").arg(QFile::decodeName(hardlink)));
    }
    return {};
}

Status FilesExtractSink::readManifest(archive *a)
{
    QByteArray json;
    char buffer[65536];
    for (la_ssize_t n; (n = archive_read_data(a, buffer, sizeof buffer)) != 0;) {
        if (n < 0)
            return fail(ErrorCode::Corrupt, tr("the archive is damaged or truncated in its manifest: %1").arg(QString::fromUtf8(archive_error_string(a))));
        if (json.size() + n > kManifestLimit)
            return fail(ErrorCode::Corrupt, tr("the archive's manifest is larger than 1 GiB: it was not written by Lifeboat"));
        json.append(buffer, qsizetype(n));
    }
    auto manifest = FilesManifest::fromJson(json);
    if (!manifest)
        return fail(manifest.error());
    m_manifest = *manifest;
    m_haveManifest = true;
    return {};
}

Status FilesExtractSink::compareWithManifest() const
{
    if (!m_haveManifest)
        return fail(ErrorCode::Corrupt, tr("the archive ends without its manifest: it is truncated or not a Lifeboat files backup (use another backup)"));
    if (m_manifest.entries.size() != m_seen.size())
        return fail(ErrorCode::Corrupt, tr("the archive holds %1 members but its manifest lists %2 (use another backup)")
                                            .arg(m_seen.size())
                                            .arg(m_manifest.entries.size()));
    for (const FilesManifest::Entry &e : m_manifest.entries) {
        const auto seen = m_seen.constFind(e.path);
        if (seen == m_seen.constEnd())
            return fail(ErrorCode::Corrupt, tr("%1 is in the manifest but not in the archive (use another backup)").arg(e.path));
        if (seen->type != e.type || seen->target != e.target)
            return fail(ErrorCode::Corrupt, tr("%1 is a %2 in the archive but a %3 in the manifest (use another backup)").arg(e.path, seen->type, e.type));
        if (e.type == QLatin1String("file") && (seen->size != e.size || seen->sha256 != e.sha256))
            return fail(ErrorCode::Corrupt, tr("%1 does not match its SHA-256 in the manifest (use another backup)").arg(e.path));
    }
    // Lexically fine one by one, a link can still escape through a link unpacked after it.
    for (auto it = m_symlinks.constBegin(); it != m_symlinks.constEnd(); ++it)
        if (!SafePath::linkStaysInside(it.key(), it.value(), m_symlinks))
            return refuse(it.key(), tr("a symlink pointing outside the restore folder through another symlink (to %1)").arg(it.value()));
    return {};
}

Status FilesExtractSink::readArchive(archive *a)
{
    const bool write = !m_folder.isEmpty();
    std::unique_ptr<archive, int (*)(archive *)> disk(archive_write_disk_new(), archive_write_free);
    int flags = ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_ACL | ARCHIVE_EXTRACT_XATTR | ARCHIVE_EXTRACT_SPARSE
                | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT;
    if (::geteuid() == 0)
        flags |= ARCHIVE_EXTRACT_OWNER;
    archive_write_disk_set_options(disk.get(), flags);
    archive_write_disk_set_standard_lookup(disk.get());
    const QByteArray base = QFile::encodeName(m_folder) + '/';

    for (;;) {
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return fail(ErrorCode::Corrupt, tr("the archive is damaged or truncated: %1 (use another backup)").arg(QString::fromUtf8(archive_error_string(a))));
        const QString name = entryName(entry);
        if (m_haveManifest)
            return refuse(name, tr("it follows the manifest, which ends a Lifeboat archive"));
        if (name == QLatin1String(FilesManifest::kMemberName) && archive_entry_filetype(entry) == AE_IFREG) {
            LB_TRY(readManifest(a));
            continue;
        }
        QString relative;
        Seen seen;
        LB_TRY(checkMember(entry, name, &relative, &seen));
        if (seen.type == QLatin1String("symlink"))
            m_symlinks.insert(relative, seen.target);
        if (write) {
            archive_entry_copy_pathname(entry, (base + QFile::encodeName(relative)).constData());
            if (seen.type == QLatin1String("hardlink"))
                archive_entry_copy_hardlink(entry, (base + QFile::encodeName(seen.target)).constData());
            const int h = archive_write_header(disk.get(), entry);
            if (h < ARCHIVE_WARN)
                return fail(writeError(disk.get(), m_folder, relative));
            if (h == ARCHIVE_WARN)
                m_warnings.append(tr("%1: %2").arg(relative, QString::fromUtf8(archive_error_string(disk.get()))));
        }
        if (seen.type == QLatin1String("file")) {
            Sha256Tap hasher(nullptr);
            qint64 position = 0;
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            for (;;) {
                const int d = archive_read_data_block(a, &block, &size, &offset);
                if (d == ARCHIVE_EOF)
                    break;
                if (d < ARCHIVE_WARN)
                    return fail(ErrorCode::Corrupt, tr("the archive is damaged or truncated in %1: %2 (use another backup)")
                                                        .arg(relative, QString::fromUtf8(archive_error_string(a))));
                if (offset < position)
                    return refuse(name, tr("its data blocks overlap"));
                LB_TRY(hashZeros(hasher, offset - position)); // a hole of a sparse file
                LB_TRY(hasher.write(static_cast<const char *>(block), size));
                position = offset + qint64(size);
                // libarchive reports a failed write(2) - a full disk - as a mere ARCHIVE_WARN: anything
                // but OK here means the file on disk is not what the archive holds.
                if (write && size > 0 && archive_write_data_block(disk.get(), block, size, offset) != ARCHIVE_OK)
                    return fail(writeError(disk.get(), m_folder, relative));
            }
            LB_TRY(hashZeros(hasher, archive_entry_size(entry) - position)); // a hole at the end
            LB_TRY(hasher.finish());
            seen.size = qMax(position, qint64(archive_entry_size(entry)));
            seen.sha256 = hasher.hex();
            ++m_fileCount;
            m_fileBytes += seen.size;
        }
        if (write) {
            const int f = archive_write_finish_entry(disk.get());
            if (f < ARCHIVE_WARN || (f == ARCHIVE_WARN && (archive_errno(disk.get()) == ENOSPC || archive_errno(disk.get()) == EDQUOT)))
                return fail(writeError(disk.get(), m_folder, relative));
            if (f == ARCHIVE_WARN)
                m_warnings.append(tr("%1: %2").arg(relative, QString::fromUtf8(archive_error_string(disk.get()))));
        }
        m_seen.insert(relative, seen);
    }
    drain(a);
    LB_TRY(compareWithManifest());
    // Folder permissions and times are set last (libarchive holds them back until close).
    if (write && archive_write_close(disk.get()) < ARCHIVE_WARN)
        return fail(ErrorCode::Failed, tr("cannot finish restoring folder times and permissions: %1").arg(QString::fromUtf8(archive_error_string(disk.get()))));
    return {};
}

} // namespace lifeboat
