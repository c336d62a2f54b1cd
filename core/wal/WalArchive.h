#pragma once

#include "WalName.h"
#include "common/Result.h"
#include "pipeline/StreamChain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace lifeboat {

class Repository;

// One archived WAL file: JOB/wal/TIMELINE/NAME-SHA256.zst[.gpg], where SHA256 is the hash of
// the plain file. The hash in the name makes pushes idempotent without decrypting anything
// (a host that only holds the public key can still tell "same file" from "different file")
// and lets a fetch prove that it decoded exactly what was pushed.
struct ArchivedWal
{
    WalName wal;
    QString key; // repository key under the job
    QString contentSha256;
    qint64 storedBytes = 0;
    QDateTime storedAt;
};

// The job's WAL archive in a repository: store, find, list and decode archived WAL files.
class WalArchive
{
    Q_DECLARE_TR_FUNCTIONS(WalArchive)

public:
    WalArchive(Repository &repository, QString job);

    enum class PushOutcome { Stored, AlreadyStored };
    // Stores `data` as WAL file `name` atomically. The same content under the same name again is
    // AlreadyStored; different content under a name already archived is an error, never an
    // overwrite.
    // `storedKey`, when given, receives the key of the archived object.
    Result<PushOutcome> push(const QString &name, const QByteArray &data, const EncodeSettings &settings, QString *storedKey = nullptr);
    // Stores a file the caller already encoded with `settings` into the folder of its key (the
    // resident helper's streamed segment, WalStreamSegment) under the key for content `sha`:
    // the same checks as push(), then a rename, never a copy. `encodedPath` is gone afterwards.
    Result<PushOutcome> adoptEncoded(const QString &name, const QString &sha, const EncodeSettings &settings, const QString &encodedPath,
                                     QString *storedKey = nullptr);
    // JOB-relative key of `name` with content `sha` encoded with `settings`.
    static QString objectKey(const WalName &wal, const QString &sha, const EncodeSettings &settings);
    // Every archived file, ordered by timeline, then name.
    Result<QList<ArchivedWal>> list();
    Result<QList<ArchivedWal>> listTimeline(quint32 timeline);
    // The archived file `name` (a segment, NNNNNNNN.history, ...), if there is one.
    Result<std::optional<ArchivedWal>> find(const QString &name);
    // Decodes into `dest` atomically (a temporary name, then rename) after checking the content
    // hash; a damaged file is ErrorCode::Corrupt and leaves nothing at `dest`.
    [[nodiscard]] Status fetch(const ArchivedWal &file, const QString &dest, const DecodeSettings &settings);
    // The plain content, checked against the hash in its name.
    Result<QByteArray> decode(const ArchivedWal &file, const DecodeSettings &settings);
    [[nodiscard]] Status remove(const ArchivedWal &file);

    static QString sha256Hex(const QByteArray &data);

private:
    // AlreadyStored, or an error for different content, when `name` is archived already;
    // nullopt when it is not. `key`: where content `sha` goes.
    Result<std::optional<PushOutcome>> existing(const QString &name, const QString &sha, const EncodeSettings &settings, QString *key,
                                                QString *storedKey);
    Result<QList<ArchivedWal>> listFolder(const QString &timelineDir, const QString &startsWith = {});
    Repository &m_repository;
    QString m_job;
};

} // namespace lifeboat
