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

// Restores a backup. The artifact is checked before anything is created; the decoded copy is
// written beside the target as a .partial file, checked (integrity, row counts) and only then
// renamed into place. --overwrite first takes a safety backup of the target; the swap is one
// rename. Any failure leaves the target untouched and removes the partial copy.
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

    RestoreParams m_params;
    RestoreResult m_result;
};

} // namespace lifeboat
