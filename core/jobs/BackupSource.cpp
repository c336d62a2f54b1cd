#include "BackupSource.h"

#include "appdata/AppExportSource.h"
#include "config/Config.h"
#include "files/FilesBackupSource.h"
#include "postgres/PgBaseBackupSource.h"
#include "postgres/PgDumpSource.h"
#include "sqlite/SqliteBackupSource.h"

#include <QCoreApplication>

namespace lifeboat {

Result<std::unique_ptr<BackupSource>> BackupSource::forJob(const JobConfig &job, const QString &overridePath)
{
    if (job.kind == QLatin1String("sqlite"))
        return std::unique_ptr<BackupSource>(new SqliteBackupSource(overridePath.isEmpty() ? job.path : overridePath));
    if (job.kind == QLatin1String("postgresql"))
        return std::unique_ptr<BackupSource>(new PgDumpSource(job, overridePath));
    if (job.kind == QLatin1String("postgresql-cluster"))
        return std::unique_ptr<BackupSource>(new PgBaseBackupSource(job));
    if (job.kind == QLatin1String("app-export"))
        return std::unique_ptr<BackupSource>(new AppExportSource(job));
    if (job.kind == QLatin1String("files"))
        return std::unique_ptr<BackupSource>(new FilesBackupSource(job, overridePath));
    return fail(ErrorCode::InvalidConfig,
                QCoreApplication::translate("BackupSource", "job \"%1\": kind \"%2\" cannot be backed up by this build yet (supported: sqlite, postgresql, postgresql-cluster, app-export, files)")
                    .arg(job.name, job.kind));
}

Status BackupSource::streamPart(const QString &part, Sink *, OperationContext *)
{
    return fail(ErrorCode::Internal, QStringLiteral("no part %1").arg(part));
}

} // namespace lifeboat
