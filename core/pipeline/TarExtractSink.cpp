#include "TarExtractSink.h"

#include "SmallFileWriter.h"
#include "common/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace lifeboat {

namespace {
// Reads the current member's data blocks into onBlock(data, size, offset); the blocks point into
// the stream's own buffers.
template <typename OnBlock>
Status readBlocks(struct archive *a, const QString &name, OnBlock onBlock)
{
    for (;;) {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(a, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            return {};
        if (r != ARCHIVE_OK)
            return fail(ErrorCode::Corrupt, TarExtractSink::tr("the tar stream is damaged or truncated in %1: %2").arg(name, QString::fromUtf8(archive_error_string(a))));
        LB_TRY(onBlock(static_cast<const char *>(block), size, qint64(offset)));
    }
}

// Members up to this size are copied and handed to SmallFileWriter.
constexpr qint64 kSmallFile = 1 << 20;
// A laid-down data directory's files are fsynced as they are closed; starting a large file's
// writeback as it is written keeps that fsync short and the disk busy during the decode.
constexpr qint64 kWritebackStep = 8 << 20;
void startWriteback(int fd, qint64 offset, qint64 length)
{
    ::sync_file_range(fd, off_t(offset), off_t(length), SYNC_FILE_RANGE_WRITE); // a hint: errors show at the flush
}
} // namespace

Result<QByteArray> TarExtractSink::readSmallMember(struct archive *a, struct archive_entry *entry, const QString &name)
{
    // Holes of a sparse member become zeros: the same content for a file this small.
    QByteArray content(qsizetype(archive_entry_size(entry)), '\0');
    LB_TRY(readBlocks(a, name, [&](const char *block, size_t size, qint64 offset) -> Status {
        if (offset < 0 || offset + qint64(size) > qint64(content.size()))
            return fail(ErrorCode::Corrupt, tr("the tar stream is damaged in %1: data beyond the member's size").arg(name));
        if (size > 0)
            std::memcpy(content.data() + offset, block, size);
        return {};
    }));
    return content;
}

TarExtractSink::TarExtractSink(QString folder, std::function<bool(const QString &)> keep)
    : m_folder(std::move(folder))
    , m_keep(std::move(keep))
{
    start();
}

TarExtractSink::~TarExtractSink()
{
    stop();
}

Status TarExtractSink::readArchive(struct archive *a)
{
    // Tree mode lays down a data directory: its many small files go to worker threads (their
    // creation is the slow part); large ones are written here, straight from libarchive's buffers.
    std::optional<SmallFileWriter> smallFiles;
    if (m_tree && !m_folder.isEmpty())
        smallFiles.emplace();
    for (;;) {
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return fail(ErrorCode::Corrupt, tr("the tar stream is damaged or truncated: %1").arg(QString::fromUtf8(archive_error_string(a))));
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry) : archive_entry_pathname(entry));
        if (m_tree) {
            QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            parts.removeAll(QStringLiteral(".")); // pg_basebackup writes "./pg_wal/..." members
            const auto type = archive_entry_filetype(entry);
            if ((type != AE_IFREG && type != AE_IFDIR) || name.startsWith(QLatin1Char('/')) || parts.contains(QStringLiteral("..")))
                return fail(ErrorCode::Corrupt, tr("the tar stream holds an unexpected member \"%1\" (links, absolute paths and \"..\" are refused)").arg(name));
            const QString target = QDir(m_folder).filePath(parts.join(QLatin1Char('/')));
            if (type == AE_IFREG && parts.isEmpty())
                return fail(ErrorCode::Corrupt, tr("the tar stream holds a file without a name"));
            if (m_folder.isEmpty()) {
                if (type == AE_IFREG)
                    m_files.append(parts.join(QLatin1Char('/')));
                LB_TRY(readBlocks(a, name, [](const char *, size_t, qint64) { return Status{}; }));
                continue;
            }
            LB_TRY(FileOps::makePrivateDirs(type == AE_IFDIR ? target : QFileInfo(target).absolutePath()));
            if (type == AE_IFDIR || parts.isEmpty()) {
                archive_read_data_skip(a);
                continue;
            }
            if (smallFiles && archive_entry_size_is_set(entry) && archive_entry_size(entry) <= kSmallFile) {
                auto content = readSmallMember(a, entry, name);
                if (!content)
                    return fail(content.error());
                m_files.append(name);
                LB_TRY(smallFiles->add(target, std::move(*content)));
                continue;
            }
        } else if (archive_entry_filetype(entry) != AE_IFREG || name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
            return fail(ErrorCode::Corrupt, tr("the tar stream holds an unexpected member \"%1\" (only plain files are allowed): it was not written by Lifeboat").arg(name));
        const QString path = QDir(m_folder).filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(FileOps::errnoError(errno, path, tr("cannot create")));
        std::unique_ptr<int, void (*)(int *)> closer(new int(fd), [](int *p) { ::close(*p); delete p; });
        m_files.append(name);
        const bool keep = !m_keep || m_keep(name);
        // Blocks point into the stream's own buffers: no copy between libarchive and write(2),
        // which for a half-gigabyte lay-down is a copy of everything saved.
        qint64 end = 0;
        qint64 flushed = 0;
        LB_TRY(readBlocks(a, name, [&](const char *block, size_t size, qint64 offset) -> Status {
            if (!keep || size == 0)
                return {};
            LB_TRY(FileOps::writeAllAt(fd, block, size, offset, path));
            end = qMax<qint64>(end, offset + qint64(size));
            if (m_tree && end - flushed >= kWritebackStep) {
                startWriteback(fd, flushed, end - flushed);
                flushed = end;
            }
            return {};
        }));
        // A sparse member may end in a hole.
        if (keep && archive_entry_size_is_set(entry) && archive_entry_size(entry) > end && ::ftruncate(fd, archive_entry_size(entry)) != 0)
            return fail(FileOps::errnoError(errno, path, tr("cannot write")));
        // Tree mode lays down a data directory: durable file by file, as pgBackRest does.
        if (m_tree && keep && ::fsync(fd) != 0)
            return fail(FileOps::errnoError(errno, path, tr("cannot write")));
    }
    if (smallFiles)
        LB_TRY(smallFiles->finish());
    // Drain what follows the end-of-archive blocks so the writer side never blocks on us.
    drain(a);
    return {};
}

} // namespace lifeboat
