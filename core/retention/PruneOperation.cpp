#include "PruneOperation.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"
#include "repository/Repository.h"
#include "wal/WalArchive.h"

namespace lifeboat {

PruneOperation::PruneOperation(PruneParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

Status PruneOperation::execute()
{
    if (!m_params.job.isEmpty()) {
        auto job = JobSupport::job(m_params.config, m_params.job);
        if (!job)
            return fail(job.error());
        auto result = pruneJob(m_params.config, *job, m_params.dryRun, this);
        if (!result)
            return fail(result.error());
        m_results.append(*result);
        return {};
    }
    for (const JobConfig &job : std::as_const(m_params.config.jobs)) {
        auto result = pruneJob(m_params.config, job, m_params.dryRun, this);
        if (!result)
            return fail(result.error());
        m_results.append(*result);
    }
    return {};
}

Result<PruneJobResult> PruneOperation::pruneJob(const Config &config, const JobConfig &job, bool dryRun, OperationContext *context)
{
    context->reportStep(tr("Applying the retention policy of job %1").arg(job.name));
    auto repo = JobSupport::repository(config, job.repository);
    if (!repo)
        return fail(repo.error());
    Repository &repository = **repo;
    auto lock = repository.lockJob(job.name);
    if (!lock)
        return fail(lock.error());
    auto backups = repository.listBackups(job.name);
    if (!backups)
        return fail(backups.error());

    PruneJobResult result;
    result.job = job.name;
    result.plan = RetentionPlan::compute(*backups, job.retention, Clock::instance().now().toUTC(), config.timezone);

    // WAL: what the oldest kept base backup starts from, and nothing before it.
    if (job.kind == QLatin1String("postgresql-cluster")) {
        quint64 oldestStart = ~quint64(0);
        for (const RetentionPlan::Kept &k : std::as_const(result.plan.kept)) {
            if (k.backup.kind != QLatin1String("postgresql-base") || k.backup.pitr.isEmpty())
                continue;
            const WalName start = WalName::parse(k.backup.pitr.value(QStringLiteral("start_wal")).toString());
            if (start.isValid() && start.segmentNumber < oldestStart) {
                oldestStart = start.segmentNumber;
                result.walKeptFrom = start.name;
            }
        }
        // Without a kept base backup nothing can replay the WAL, but nothing proves it
        // useless either: it stays.
        if (!result.walKeptFrom.isEmpty()) {
            WalArchive archive(repository, job.name);
            auto files = archive.list();
            if (!files)
                return fail(files.error());
            for (const ArchivedWal &file : std::as_const(*files)) {
                if (file.wal.type == WalName::Type::History || file.wal.segmentNumber >= oldestStart)
                    continue;
                if (!dryRun)
                    LB_TRY(archive.remove(file));
                result.walRemoved.append(file.wal.name);
            }
        }
    }

    for (const QString &copyName : job.copyTo) {
        auto copy = JobSupport::repository(config, copyName);
        if (!copy)
            return fail(copy.error());
        auto copyLock = (*copy)->lockJob(job.name);
        if (!copyLock)
            return fail(copyLock.error());
        auto held = (*copy)->listBackups(job.name);
        if (!held && held.error().code == ErrorCode::NotFound)
            continue;
        if (!held)
            return fail(held.error());
        const RetentionPlan copyPlan = RetentionPlan::compute(*held, job.retention, Clock::instance().now().toUTC(), config.timezone);
        QStringList &removed = result.copiesRemoved[copyName];
        for (const BackupMetadata &b : copyPlan.removed) {
            if (!dryRun) {
                LB_TRY((*copy)->removeBackup(b));
                context->reportLog(tr("removed backup %1 from repository %2").arg(b.id, copyName));
            }
            removed.append(b.id);
        }
    }

    if (!dryRun) {
        auto catalog = JobSupport::catalog(config);
        for (const BackupMetadata &b : std::as_const(result.plan.removed)) {
            // The catalog row goes first: killed in between, the catalog lists nothing that is
            // gone, and the backup still complete in the repository is removed by the next prune,
            // which works from the repository's listing. The audit row says why.
            if (catalog)
                (void)(*catalog)->removeBackup(b.id);
            LB_TRY(repository.removeBackup(b));
            if (catalog)
                (void)(*catalog)->recordAudit(QStringLiteral("prune-remove"), b.id,
                                              tr("removed by the retention policy of job %1 (started %2, status %3)")
                                                  .arg(job.name, isoUtc(b.startedAt), b.status));
            context->reportLog(tr("removed backup %1").arg(b.id));
        }
        for (auto it = result.copiesRemoved.cbegin(); catalog && it != result.copiesRemoved.cend(); ++it)
            for (const QString &id : it.value())
                (void)(*catalog)->recordAudit(QStringLiteral("prune-remove"), id,
                                              tr("copy in repository %1 removed by the retention policy of job %2").arg(it.key(), job.name));
        if (catalog && !result.walRemoved.isEmpty())
            (void)(*catalog)->recordAudit(QStringLiteral("prune-wal"), job.name,
                                          tr("removed %n archived WAL file(s) older than %1, the start of the oldest kept base backup", nullptr,
                                             int(result.walRemoved.size()))
                                              .arg(result.walKeptFrom));
    }
    return result;
}

} // namespace lifeboat
