#include "AppTransferOperations.h"

#include "AppDatabase.h"
#include "ImportApplier.h"
#include "SecretRekey.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/FileOps.h"
#include "jobs/BackupOperation.h"
#include "jobs/JobSupport.h"
#include "pipeline/BufferSink.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace lifeboat {

AppExportOperation::AppExportOperation(AppExportParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

Status AppExportOperation::execute()
{
    auto job = JobSupport::job(m_params.config, m_params.job);
    if (!job)
        return fail(job.error());
    if (m_params.output.isEmpty())
        return fail(ErrorCode::Usage, tr("export needs --output FILE"));
    m_output = QFileInfo(m_params.output).absoluteFilePath();
    if (!QFileInfo(m_output).absoluteDir().exists())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist (create it or choose another --output)").arg(QFileInfo(m_output).absolutePath()));
    auto result = AppExport::run(*job, m_params.request, this);
    if (!result)
        return fail(result.error());
    m_result = *result;
    reportStep(tr("Writing %1").arg(m_output));
    return FileOps::writeAtomically(m_output, m_result.bytes);
}

QJsonObject AppImportResult::toJson() const
{
    QJsonObject o = plan.toJson();
    o.insert(QStringLiteral("import_id"), importId);
    o.insert(QStringLiteral("input"), input);
    o.insert(QStringLiteral("origin"), origin);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("applied"), applied);
    o.insert(QStringLiteral("safety_backup"), safetyBackupId.isEmpty() ? QJsonValue() : QJsonValue(safetyBackupId));
    o.insert(QStringLiteral("secrets_rekeyed"), secrets);
    return o;
}

AppImportOperation::AppImportOperation(AppImportParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

Result<QByteArray> AppImportOperation::readInput(const JobConfig &job)
{
    const QString &input = m_params.input;
    if (QFileInfo::exists(input)) {
        QFile f(input);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Failed, tr("%1 cannot be read: %2 (check its permissions)").arg(input, f.errorString()));
        m_result.input = QFileInfo(input).absoluteFilePath();
        return f.readAll();
    }
    auto catalog = JobSupport::catalog(m_params.config);
    if (!catalog)
        return fail(catalog.error());
    auto entry = (*catalog)->findBackup(input);
    if (!entry)
        return fail(ErrorCode::NotFound, tr("%1 is neither a file nor a backup id (see \"lifeboat-cli list --job %2\")").arg(input, job.name));
    const BackupMetadata &meta = entry->meta;
    if (meta.kind != QLatin1String("app-export"))
        return fail(ErrorCode::Usage, tr("backup %1 is a %2 backup, not an application export (restore it with \"lifeboat-cli restore %1\")").arg(meta.id, meta.kind));
    auto repo = JobSupport::repository(m_params.config, entry->repository);
    if (!repo)
        return fail(repo.error());
    auto keys = JobSupport::decodeSettings(m_params.config.jobs.value(meta.job, job), meta.encryption);
    if (!keys)
        return fail(keys.error());
    reportStep(tr("Reading backup %1").arg(meta.id));
    BufferSink buffer;
    LB_TRY(ArtifactVerifier::decode(**repo, meta, *keys, &buffer, this));
    m_result.input = meta.id;
    return buffer.data();
}

Status AppImportOperation::execute()
{
    m_startedAt = isoUtc(Clock::instance().now());
    m_result.importId = QStringLiteral("import-%1-%2")
                            .arg(Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                            .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    Status status = run();
    if (!m_params.dryRun && m_result.planned && m_result.plan.writesAnything())
        record(status);
    return status;
}

Status AppImportOperation::run()
{
    auto job = JobSupport::job(m_params.config, m_params.job);
    if (!job)
        return fail(job.error());
    if (job->kind != QLatin1String("app-export"))
        return fail(ErrorCode::Usage, tr("job \"%1\" is a %2 job; import works on app-export jobs (kind = \"app-export\" with a profile)").arg(job->name, job->kind));
    auto profile = AppProfile::load(job->profile);
    if (!profile)
        return fail(ErrorCode::InvalidConfig, tr("job \"%1\": %2").arg(job->name, profile.error().message));
    auto secrets = AppExport::rekeySecrets(m_params.rekeyFromSecretFile, m_params.rekeyToSecretFile);
    if (!secrets)
        return fail(secrets.error());
    auto bytes = readInput(*job);
    if (!bytes)
        return fail(bytes.error());
    reportStep(tr("Checking %1").arg(m_result.input));
    auto file = AppExportReader::read(*bytes, *profile, m_result.input);
    if (!file)
        return fail(file.error());
    m_result.origin = file->origin;
    if (!secrets->first.isEmpty()) {
        auto count = SecretRekey(*profile, secrets->first, secrets->second).apply(file->data);
        if (!count)
            return fail(count.error().code, tr("%1 (nothing was written)").arg(count.error().message));
        m_result.secrets = *count;
    }
    auto db = AppDatabase::forJob(*job);
    if (!db)
        return fail(db.error());
    m_result.database = (*db)->describe();
    reportStep(tr("Comparing with %1").arg(m_result.database));
    auto plan = ImportPlanner::plan(*profile, *file, **db, m_params.options);
    if (!plan)
        return fail(plan.error());
    m_result.plan = *plan;
    m_result.planned = true;
    if (m_params.options.strategy == QLatin1String("fail") && plan->hasConflicts())
        return fail(ErrorCode::Failed, tr("%n entit(ies) already exist in %1 and the strategy is \"fail\": nothing was written "
                                          "(see the plan; choose --strategy skip, update or rename)", nullptr, plan->count(ImportPlanEntry::Action::Conflict))
                                           .arg(m_result.database));
    if (m_params.dryRun || !plan->writesAnything())
        return {};
    if (m_params.backupBefore) {
        reportStep(tr("Taking a safety export of %1").arg(m_result.database));
        BackupParams params{m_params.config, job->name, tr("safety export before import %1").arg(m_result.importId), false, {}, {}};
        auto safety = BackupOperation::perform(params, this);
        if (!safety)
            return fail(safety.error().code, tr("the safety export before the import failed, nothing was imported: %1 (fix it, or pass --no-backup-before-import)")
                                                 .arg(safety.error().message));
        m_result.safetyBackupId = safety->meta.id;
    }
    reportStep(tr("Importing into %1").arg(m_result.database));
    LB_TRY(ImportApplier::apply(*profile, *plan, **db, this));
    m_result.applied = true;
    using A = ImportPlanEntry::Action;
    reportLog(tr("import %1 into %2 from %3 (strategy %4): created %5, updated %6, skipped %7, renamed %8, deleted %9, failed 0")
                  .arg(m_result.importId, m_result.database, m_result.input, plan->strategy)
                  .arg(plan->count(A::Create)).arg(plan->count(A::Update)).arg(plan->count(A::Skip) + plan->count(A::Unchanged))
                  .arg(plan->count(A::Rename)).arg(plan->count(A::Delete)));
    return {};
}

void AppImportOperation::record(const Status &status)
{
    auto catalog = JobSupport::catalog(m_params.config);
    if (!catalog) {
        reportLog(tr("warning: the import's result is not in the catalog: %1").arg(catalog.error().message));
        return;
    }
    QJsonObject data = m_result.toJson();
    data.remove(QStringLiteral("entities"));
    data.remove(QStringLiteral("links"));
    data.insert(QStringLiteral("job"), m_params.job);
    data.insert(QStringLiteral("started_at"), m_startedAt);
    data.insert(QStringLiteral("finished_at"), isoUtc(Clock::instance().now()));
    data.insert(QStringLiteral("status"), status ? QStringLiteral("ok") : QStringLiteral("failed"));
    if (!status)
        data.insert(QStringLiteral("error"), status.error().message);
    QJsonObject counts = m_result.plan.countsJson();
    counts.insert(QStringLiteral("failed"), status ? 0 : int(m_result.plan.entries.size()));
    if (!status)
        for (const QString &k : {QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("renamed"), QStringLiteral("deleted")})
            counts.insert(k, 0);
    data.insert(QStringLiteral("counts"), counts);
    auto recorded = (*catalog)->recordImport(m_result.importId, m_params.job, m_startedAt, data.value(QStringLiteral("status")).toString(), data);
    if (recorded)
        recorded = (*catalog)->recordAudit(QStringLiteral("import"), m_params.job,
                                           QStringLiteral("%1 from %2, strategy %3: %4").arg(m_result.importId, m_result.input, m_params.options.strategy,
                                                                                            data.value(QStringLiteral("status")).toString()));
    if (!recorded)
        reportLog(tr("warning: the import's result is not in the catalog: %1").arg(recorded.error().message));
}

} // namespace lifeboat
