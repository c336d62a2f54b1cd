#pragma once

#include "common/Operation.h"
#include "config/Config.h"

#include <QMap>

namespace lifeboat {

struct RestoreParams
{
    Config config;
    QString id;
    QString target; // empty: a new target next to the job's source
    bool overwrite = false;
    bool dryRun = false;
    bool terminateConnections = false; // PostgreSQL --overwrite: end other sessions on the target
    // PostgreSQL only: pg_restore workers (0: the job's `parallel`) and a selective restore.
    int jobs = 0;
    QStringList tables;
    bool schemaOnly = false;
    bool dataOnly = false;
    bool withGlobals = false; // first create the backup's roles and tablespaces (globals = true)
};

struct RestoreResult
{
    QString id;
    QString target;
    bool overwritten = false;
    QString safetyBackupId;
    QStringList plan;
    QMap<QString, qint64> tables;
};

// Restores a backup. The artifact is checked before anything is created.
// Files: unpacked into TARGET.lifeboat.partial (safe extraction, every file checked against the
// manifest), then renamed into place; --overwrite swaps the folders in one rename.
// SQLite: the decoded copy is written beside the target as a .partial file, checked (integrity,
// row counts) and only then renamed into place.
// PostgreSQL: restored into a new database (DB_restored_YYYYMMDD_HHMMSS by default), row counts
// compared with the sidecar; a failed restore drops what it created.
// Selective PostgreSQL restores: --tables (definitions of everything, rows of those tables),
// --schema-only, and --data-only into an existing database's empty tables in one transaction.
// --overwrite first takes a safety backup of the target, then swaps in one step (a rename, or
// for PostgreSQL two ALTER DATABASE ... RENAME in one transaction). A failure leaves the target
// untouched.
class RestoreOperation final : public Operation
{
    Q_OBJECT

public:
    explicit RestoreOperation(RestoreParams params, QObject *parent = nullptr);
    const RestoreResult &result() const { return m_result; }

    static QString defaultTarget(const QString &sourcePath, const QDateTime &now);
    // files: FOLDER_restored_YYYYMMDD_HHMMSS beside the job's folder.
    static QString defaultFolderTarget(const QString &folder, const QDateTime &now);

protected:
    Status execute() override;

private:
    void removeAbandonedPartials(const QString &folder);
    Status restore();
    Status restoreExportFile(class Repository &repository, const struct BackupMetadata &meta, const struct DecodeSettings &keys);
    Status restoreSqlite(const struct JobConfig &job, class Repository &repository, const struct BackupMetadata &meta,
                         const struct DecodeSettings &keys);
    // --overwrite: a backup of the current target (the job's kind, at `target`) before it is replaced.
    Status takeSafetyBackup(const struct JobConfig &job, const QString &target, const struct BackupMetadata &meta);
    Status restoreFiles(const struct JobConfig &job, class Repository &repository, const struct BackupMetadata &meta,
                        const struct DecodeSettings &keys);
    Status restorePostgres(const struct JobConfig &job, class Repository &repository, const struct BackupMetadata &meta,
                           const struct DecodeSettings &keys);

    Status restorePostgresData(class PgRestorer &restorer, class Repository &repository, const struct BackupMetadata &meta,
                               const QString &database, bool exists, const struct PgRestoreOptions &options);

    RestoreParams m_params;
    RestoreResult m_result;
};

} // namespace lifeboat
