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
// SQLite: the decoded copy is written beside the target as a .partial file, checked (integrity,
// row counts) and only then renamed into place.
// PostgreSQL: restored into a new database (DB_restored_YYYYMMDD_HHMMSS by default), row counts
// compared with the sidecar; a failed restore drops what it created.
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

protected:
    Status execute() override;

private:
    Status restoreSqlite(const struct JobConfig &job, class Repository &repository, const struct BackupMetadata &meta,
                         const struct DecodeSettings &keys);
    Status restorePostgres(const struct JobConfig &job, class Repository &repository, const struct BackupMetadata &meta,
                           const struct DecodeSettings &keys);

    RestoreParams m_params;
    RestoreResult m_result;
};

} // namespace lifeboat
