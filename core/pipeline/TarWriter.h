#pragma once

#include "Sink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

struct archive;
struct archive_entry;

namespace lifeboat {

class OperationContext;

// Packs files into a POSIX (pax) tar stream pushed into a Sink, through libarchive, so that a
// multi-file source (pg_dump's directory format) travels the same one-stream pipeline as
// everything else and `tar -x` can unpack it by hand.
class TarWriter
{
    Q_DECLARE_TR_FUNCTIONS(TarWriter)

public:
    // PaxRestricted: ustar headers, pax records only where needed (pg_dump's files).
    // Pax: a pax record for every member, so times keep their nanoseconds (file trees).
    enum class Format { PaxRestricted, Pax };
    explicit TarWriter(Sink *out, Format format = Format::PaxRestricted);
    ~TarWriter();
    Q_DISABLE_COPY_MOVE(TarWriter)

    [[nodiscard]] Status open();
    // Appends the regular file at `path` as member `name` (mode 0600), read in chunks.
    [[nodiscard]] Status addFile(const QString &path, const QString &name, OperationContext *context);
    // Appends a member described by `entry` (name, type, size, owner, times, xattrs...). A
    // regular file's archive_entry_size() bytes are read from `fd` (read from `path`'s
    // position 0 on). A file that ends early fails, unless `shrank` is given: then the member is
    // padded with zeros to the size its header promised and *shrank is set.
    [[nodiscard]] Status addEntry(struct archive_entry *entry, int fd, const QString &path, OperationContext *context,
                                  bool *shrank = nullptr);
    // Appends `data` as regular file `name` (mode 0600).
    [[nodiscard]] Status addBuffer(const QString &name, const QByteArray &data);
    // Sees each member's bytes as they are packed: once with size 0 as the member starts, then
    // piece by piece.
    using Observer = std::function<void(const QString &name, const char *data, size_t size)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Writes the end-of-archive blocks; the Sink itself is not finished.
    [[nodiscard]] Status close();
    qint64 contentBytes() const { return m_contentBytes; }

private:
    static long writeCallback(struct archive *, void *self, const void *buffer, size_t length);
    Error archiveError(const QString &what) const;

    Sink *m_out;
    Format m_format;
    struct archive *m_archive = nullptr;
    Status m_sinkStatus;
    qint64 m_contentBytes = 0;
    Observer m_observer;
};

} // namespace lifeboat
