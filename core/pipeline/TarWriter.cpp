#include "TarWriter.h"

#include "common/FileOps.h"
#include "common/OperationContext.h"

#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

TarWriter::TarWriter(Sink *out, Format format)
    : m_out(out)
    , m_format(format)
{
}

TarWriter::~TarWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

long TarWriter::writeCallback(struct archive *, void *self, const void *buffer, size_t length)
{
    auto *writer = static_cast<TarWriter *>(self);
    auto status = writer->m_out->write(static_cast<const char *>(buffer), length);
    if (!status) {
        writer->m_sinkStatus = status;
        return -1;
    }
    return long(length);
}

Error TarWriter::archiveError(const QString &what) const
{
    // A failing Sink (full disk, cancelled upload) explains itself better than libarchive.
    if (!m_sinkStatus)
        return m_sinkStatus.error();
    return {ErrorCode::Failed, tr("%1: %2").arg(what, QString::fromUtf8(archive_error_string(m_archive))), {}};
}

Status TarWriter::open()
{
    m_archive = archive_write_new();
    if (!m_archive)
        return fail(ErrorCode::Failed, tr("libarchive cannot create a tar writer (out of memory?)"));
    if (m_format == Format::Pax)
        archive_write_set_format_pax(m_archive);
    else
        archive_write_set_format_pax_restricted(m_archive);
    // No 10 KiB record padding: the stream ends right after the end-of-archive blocks.
    archive_write_set_bytes_per_block(m_archive, 0);
    if (archive_write_open(m_archive, this, nullptr, &TarWriter::writeCallback, nullptr) != ARCHIVE_OK)
        return fail(archiveError(tr("cannot start the tar stream")));
    return {};
}

Status TarWriter::addFile(const QString &path, const QString &name, OperationContext *context)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, path, tr("cannot read")));
    std::unique_ptr<int, void (*)(int *)> closer(new int(fd), [](int *p) { ::close(*p); delete p; });
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return fail(FileOps::errnoError(errno, path, tr("cannot read")));
    std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0600);
    archive_entry_set_size(entry.get(), st.st_size);
    archive_entry_set_mtime(entry.get(), st.st_mtime, 0);
    return addEntry(entry.get(), fd, path, context);
}

Status TarWriter::addEntry(archive_entry *entry, int fd, const QString &path, OperationContext *context, bool *shrank)
{
    const char *raw = archive_entry_pathname_utf8(entry);
    const QString name = raw ? QString::fromUtf8(raw) : QFile::decodeName(archive_entry_pathname(entry));
    if (archive_write_header(m_archive, entry) != ARCHIVE_OK)
        return fail(archiveError(tr("cannot add %1 to the tar stream").arg(name)));
    if (m_observer)
        m_observer(name, nullptr, 0);
    if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry))
        return {};
    std::unique_ptr<char[]> buffer(new char[kStreamChunk]);
    qint64 left = archive_entry_size(entry);
    bool ended = false;
    while (left > 0) {
        if (context && context->isCancelled())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        const size_t want = size_t(qMin<qint64>(left, qint64(kStreamChunk)));
        ssize_t n = 0;
        if (!ended) {
            n = ::read(fd, buffer.get(), want);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return fail(FileOps::errnoError(errno, path, tr("cannot read")));
        }
        if (n == 0) {
            if (!shrank)
                return fail(ErrorCode::Failed, tr("%1 shrank while it was being packed").arg(path));
            *shrank = ended = true;
            std::memset(buffer.get(), 0, want);
            n = ssize_t(want);
        }
        if (m_observer)
            m_observer(name, buffer.get(), size_t(n));
        if (archive_write_data(m_archive, buffer.get(), size_t(n)) != n)
            return fail(archiveError(tr("cannot add %1 to the tar stream").arg(name)));
        left -= n;
        m_contentBytes += n;
    }
    return {};
}

Status TarWriter::addBuffer(const QString &name, const QByteArray &data)
{
    std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0600);
    archive_entry_set_size(entry.get(), data.size());
    archive_entry_set_mtime(entry.get(), ::time(nullptr), 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK
        || archive_write_data(m_archive, data.constData(), size_t(data.size())) != data.size())
        return fail(archiveError(tr("cannot add %1 to the tar stream").arg(name)));
    return {};
}

Status TarWriter::close()
{
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return fail(archiveError(tr("cannot end the tar stream")));
    return {};
}

} // namespace lifeboat
