#pragma once

#include <functional>

#include "common/Operation.h"
#include "config/Config.h"
#include "repository/BackupMetadata.h"

namespace lifeboat {

struct BackupParams
{
    Config config;
    QString job;
    QString label;
    bool keepForever = false;
    QString overridePath; // back up this file instead of the job's (safety copy before a restore)
    // Called once the job's lock is held, before anything is written: an error ends the backup
    // with it. The scheduler checks here that no other pass backed the job up meanwhile.
    std::function<Status()> underLock;
};

struct BackupResult
{
    BackupMetadata meta;
    QString repository;
    QStringList cleanedUp;  // leftovers of aborted runs removed first
    QString catalogWarning; // set when the backup is stored but the catalog could not be updated
    QStringList copiedTo;   // copy_to repositories that now hold it too
    QStringList caughtUp;   // earlier backups copied now, after a copy that had failed
};

// One backup of a job: lock → clean up aborted runs → snapshot → stream through the pipeline
// into NAME.partial → commit → verify at the job's level → sidecar → catalog → copy_to.
class BackupOperation final : public Operation
{
    Q_OBJECT

public:
    explicit BackupOperation(BackupParams params, QObject *parent = nullptr);
    const BackupResult &result() const { return m_result; }

    // The same work for callers that already run inside an operation (restore's safety copy).
    static Result<BackupResult> perform(const BackupParams &params, OperationContext *context);

protected:
    Status execute() override;

private:
    // Streams one further artifact of backup `id` (e.g. globals) and returns its sidecar entry.
    static Result<QJsonObject> storePart(class Repository &repository, const JobConfig &job, const struct EncodeSettings &encode,
                                         const QString &id, const QString &part, class BackupSource &source, OperationContext *context);

    BackupParams m_params;
    BackupResult m_result;
};

} // namespace lifeboat
