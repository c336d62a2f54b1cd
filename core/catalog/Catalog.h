#pragma once

#include "common/Result.h"
#include "repository/BackupMetadata.h"
#include "drill/DrillRecord.h"
#include "wal/WalEvents.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

class QSqlQuery;

namespace lifeboat {

struct CatalogEntry
{
    BackupMetadata meta;
    QString repository;
    QString verificationStatus; // "", "passed", "failed"
    QString verificationLevel;
    QDateTime verifiedAt;
    QStringList copies; // copy_to repositories known to hold it too
    // copy_to repositories of its job that do not hold it yet ("not yet offsite").
    QStringList missingCopies(const struct Config &config) const;
};

// The index of every backup, on Qt Sql (SQLite by default). It is only an index: the sidecars
// in the repositories are the truth, and replaceAll() rebuilds it from them.
// One Catalog object per thread (Qt Sql connections are thread-bound).
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static Result<std::unique_ptr<Catalog>> open(const QString &url);
    ~Catalog();
    Q_DISABLE_COPY_MOVE(Catalog)

    [[nodiscard]] Status upsertBackup(const BackupMetadata &meta, const QString &repository);
    Result<QList<CatalogEntry>> listBackups(const QString &job = {});
    Result<CatalogEntry> findBackup(const QString &id);
    [[nodiscard]] Status recordVerification(const QString &id, const QString &level, bool passed, const QDateTime &at,
                                            const QString &message);
    [[nodiscard]] Status removeBackup(const QString &id);
    // copy_to bookkeeping: which other repositories hold a backup.
    [[nodiscard]] Status recordCopy(const QString &id, const QString &repository);
    [[nodiscard]] Status forgetCopy(const QString &id, const QString &repository);
    [[nodiscard]] Status clearCopies();
    struct Verification
    {
        QString level;
        QString status;
        QDateTime at;
        QString message;
    };
    // Every recorded verification of one backup, newest first.
    Result<QList<Verification>> verifications(const QString &id);
    // One reading of a cluster's WAL archiver (pg_stat_archiver), kept for metrics and reports.
    struct ArchiveHealth
    {
        QString job;
        QDateTime at;
        qint64 archivedCount = 0;
        qint64 failedCount = 0;
        QString lastArchivedWal;
        QString lastFailedWal;
        qint64 lagSegments = 0;
        double lagSeconds = 0;
    };
    [[nodiscard]] Status recordArchiveHealth(const ArchiveHealth &health);
    Result<QList<ArchiveHealth>> archiveHealth(const QString &job);
    // One run of a job or a repository scan, as `--run-schedule` records it.
    struct Run
    {
        QString job;     // the job, or the repository for a scan
        QString task;    // "backup" | "scan"
        QString trigger; // "schedule" | "missed" | "corruption"
        QDateTime scheduledFor;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString status; // "ok" | "failed" | "corrupt" | "busy" | "skipped"
        QString error;
        QString backupId;
        qint64 sizeBytes = 0;
    };
    [[nodiscard]] Status recordRun(const Run &run);
    // Newest first; `job` empty: every job.
    Result<QList<Run>> runs(const QString &job = {}, const QString &task = {}, int limit = 100);
    // The newest scheduledFor of `task` runs of `job` (invalid when there is none). Busy runs do
    // not count: the job is still due for whoever comes next.
    Result<QDateTime> lastScheduled(const QString &job, const QString &task);
    // started_at of the job's newest catalogued backup (invalid when there is none), without
    // reading any metadata.
    Result<QDateTime> newestBackupStart(const QString &job);
    // Who removed or changed what, when: kept for auditors (prune deletions, pins, restores).
    struct AuditEvent
    {
        QDateTime at;
        QString actor; // the OS user
        QString action;
        QString target;
        QString detail;
    };
    // Each event is chained to the one before by SHA-256 (seq, at, actor, action, target,
    // detail and the previous hash), so an edited, removed or inserted row is detectable.
    [[nodiscard]] Status recordAudit(const QString &action, const QString &target, const QString &detail);
    Result<QList<AuditEvent>> auditTrail(int limit = 1000);
    struct AuditChain
    {
        qint64 chained = 0;     // events checked
        qint64 legacy = 0;      // events from before the chain (a catalog upgraded in place)
        bool intact = true;
        qint64 brokenSeq = -1;  // the first event that does not match
        QString problem;        // what is wrong there, in words
        qint64 headSeq = 0;     // the newest event: quoted in reports, so a later removal of the
        QString headHash;       // newest events shows against a report filed before
    };
    Result<AuditChain> verifyAuditChain();
    // Config changes (CatalogConfigVersions.cpp). noteConfigVersion records an event when the
    // file's SHA-256 differs from the one this catalog last saw (an edit outside Lifeboat, noticed
    // by the next command); recordConfigChange records a save Lifeboat made itself.
    [[nodiscard]] Status noteConfigVersion(const QString &configPath);
    [[nodiscard]] Status recordConfigChange(const QString &configPath, const QString &how);
    static QString configFileSha256(const QString &path);
    static QString auditHash(const QString &previous, qint64 seq, const AuditEvent &event);
    // The WAL event index of a postgresql-cluster job (CatalogWalIndex.cpp). Per timeline, how far
    // it has read; commits in packed stretches; destructive events with ids for pitr.
    struct WalIndexState
    {
        quint32 timeline = 0;
        quint64 resumeLsn = 0;   // last record read; the next update starts there
        QString lastSegment;     // the newest segment read
        qint64 segments = 0;     // segments read so far
        qint64 walBytes = 0;
        QByteArray pending;      // open transactions' counters (WaldumpParser::saveState)
        QDateTime updatedAt;
    };
    struct WalCommitChunk
    {
        quint32 timeline = 0;
        quint64 firstLsn = 0;
        quint64 lastLsn = 0;
        qint64 firstUs = 0;
        qint64 lastUs = 0;
        qint64 commits = 0;
        qint64 aborts = 0;
        QByteArray data; // CommitPacking
    };
    Result<QList<WalIndexState>> walIndexStates(const QString &job);
    // One indexed stretch in one transaction: its commits, its events (ids assigned here) and
    // the new state, so an interrupted update never leaves half a stretch behind.
    [[nodiscard]] Status storeWalIndexBatch(const QString &job, const WalIndexState &state, const WalCommitChunk &chunk, QList<WalEvent> &events);
    // Chunks overlapping [fromUs, toUs] (0: open end), in LSN order.
    Result<QList<WalCommitChunk>> walCommitChunks(const QString &job, qint64 fromUs, qint64 toUs);
    Result<QList<WalEvent>> walEvents(const QString &job, qint64 fromUs, qint64 toUs);
    Result<std::optional<WalEvent>> walEvent(const QString &job, qint64 id);
    // Forgets the job's index (timeline --rebuild).
    [[nodiscard]] Status clearWalIndex(const QString &job);
    // Relation names as the server had them; kept forever, so a dropped table keeps its name.
    [[nodiscard]] Status storeRelationNames(const QString &job, const QList<RelationName> &names);
    Result<QList<RelationName>> relationNames(const QString &job);

    // Application imports (CatalogImports.cpp): one row per import run, its result as JSON
    // (job, file, strategy, counts, safety export, status).
    [[nodiscard]] Status recordImport(const QString &id, const QString &job, const QString &startedAt, const QString &status,
                                      const QJsonObject &data);
    Result<QList<QJsonObject>> imports(const QString &job = {}, int limit = 100);
    // DR drills (CatalogDrills.cpp): the whole record as JSON, with the figures reports sort by.
    [[nodiscard]] Status recordDrill(const DrillRecord &drill);
    // Newest first; `since` invalid: all.
    Result<QList<DrillRecord>> drills(const QDateTime &since = {});
    Result<std::optional<DrillRecord>> drill(const QString &id);

    // Replaces every backup row in one transaction (catalog rebuild).
    [[nodiscard]] Status replaceAll(const QList<std::pair<BackupMetadata, QString>> &backups);

private:
    Result<QString> lastSeenConfig(const QString &path);
    [[nodiscard]] Status storeConfigVersion(const QString &path, const QString &sha256);
    explicit Catalog(QString connection);
    Status migrate();
    Error queryError(const QSqlQuery &query) const;
    CatalogEntry entryFrom(const QSqlQuery &query) const;
    Status insert(const BackupMetadata &meta, const QString &repository);

    QString m_connection;
};

} // namespace lifeboat
