#include "ActiveAlerts.h"

#include "common/Clock.h"
#include "jobs/JobSupport.h"

#include <QLocale>

namespace lifeboat {

QList<ActiveAlerts::Alert> ActiveAlerts::evaluate(const Input &in)
{
    QList<Alert> out;
    const QList<JobHealth> health = in.health ? *in.health : JobHealth::compute(in.config, in.backups, in.runs, in.now, in.freeSpace);
    for (const JobHealth &h : health) {
        if (h.lastRunStatus == QLatin1String("failed") || h.lastRunStatus == QLatin1String("corrupt"))
            out.append({QStringLiteral("LifeboatBackupFailed"), true, h.job,
                        h.lastRunStatus == QLatin1String("corrupt") ? tr("The newest run of %1 found damaged data: run lifeboat-cli verify --job %1 and take a new backup.").arg(h.job)
                                                                     : tr("The newest backup or scheduled run of %1 failed: the Catalog and the log say why.").arg(h.job)});
        if (h.lastSuccess.isValid() && h.lastSuccess.secsTo(in.now) > 25 * 3600)
            out.append({QStringLiteral("LifeboatBackupStale"), true, h.job,
                        tr("No successful backup of %1 for %2.").arg(h.job, JobHealth::humanDuration(h.lastSuccess.secsTo(in.now)))});
    }
    // Size against the week's average, per job (successful backups only).
    QMap<QString, QList<const CatalogEntry *>> byJob;
    // Over every catalogued backup: a job no longer in the config still shows its damage.
    QMap<QString, int> verificationFailures;
    for (const CatalogEntry &e : in.backups) {
        if (e.meta.status == QLatin1String("ok"))
            byJob[e.meta.job].append(&e);
        if (e.verificationStatus == QLatin1String("failed"))
            ++verificationFailures[e.meta.job];
    }
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it) {
        const QList<const CatalogEntry *> &list = it.value();
        if (list.size() < 3)
            continue;
        double sum = 0;
        int n = 0;
        for (int i = 1; i < list.size(); ++i)
            if (list.at(i)->meta.startedAt.secsTo(list.first()->meta.startedAt) <= 7 * 86400)
                sum += double(list.at(i)->meta.sizeBytes), ++n;
        if (n < 2)
            continue;
        const double average = sum / n;
        const double newest = double(list.first()->meta.sizeBytes);
        if (newest > 2 * average || newest < 0.5 * average)
            out.append({QStringLiteral("LifeboatBackupSizeAnomaly"), false, it.key(),
                        tr("The newest backup of %1 is %2, against a 7-day average of %3: check what changed.")
                            .arg(it.key(), QLocale::c().formattedDataSize(qint64(newest)), QLocale::c().formattedDataSize(qint64(average)))});
    }
    for (auto it = in.archive.cbegin(); it != in.archive.cend(); ++it)
        if (it.value().lagSegments > 100)
            out.append({QStringLiteral("LifeboatWalArchiveLag"), true, it.key(),
                        tr("WAL archiving of %1 is %2 segments behind: lifeboat-cli check %1.").arg(it.key()).arg(it.value().lagSegments)});
    if (in.freeSpace && in.capacity)
        for (const RepositoryConfig &repo : in.config.repositories) {
            const qint64 free = in.freeSpace(repo), size = in.capacity(repo);
            if (free >= 0 && size > 0 && free * 100 < size * in.config.notify.lowSpacePercent)
                out.append({QStringLiteral("LifeboatRepositoryLowSpace"), false, repo.name,
                            tr("Repository %1 has %2% free: prune or add space.").arg(repo.name).arg(double(free) * 100.0 / double(size), 0, 'f', 1)});
        }
    for (const JobHealth &h : health)
        if (h.notOffsite > 0)
            out.append({QStringLiteral("LifeboatBackupNotOffsite"), false, h.job,
                        tr("%n backup(s) of %1 not yet offsite: the next backup run copies them; check the copy_to repository's endpoint and credentials.", nullptr, h.notOffsite)
                            .arg(h.job)});
    for (auto it = verificationFailures.cbegin(); it != verificationFailures.cend(); ++it)
        out.append({QStringLiteral("LifeboatVerificationFailed"), true, it.key(),
                    tr("%n backup(s) of %1 failed verification: verify again and take a new backup.", nullptr, it.value()).arg(it.key())});
    QSet<QString> seen;
    for (const DrillRecord &d : in.drills) {
        if (seen.contains(d.plan))
            continue;
        seen.insert(d.plan);
        if (!d.passed())
            out.append({QStringLiteral("LifeboatDrillFailed"), false, d.plan, tr("The last drill of %1 failed at %2.").arg(d.plan, d.failedStep)});
        if (d.finishedAt.isValid() && d.finishedAt.secsTo(in.now) > 104 * 86400)
            out.append({QStringLiteral("LifeboatDrillOverdue"), false, d.plan,
                        tr("The last drill of %1 was %2 ago.").arg(d.plan, JobHealth::humanDuration(d.finishedAt.secsTo(in.now)))});
    }
    return out;
}

QList<ActiveAlerts::Alert> ActiveAlerts::forCatalog(const Config &config, const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs,
                                                    const QList<JobHealth> &health)
{
    Input in;
    in.health = health;
    in.config = config;
    in.backups = backups;
    in.runs = runs;
    in.now = Clock::instance().now().toUTC();
    in.freeSpace = &JobHealth::localFreeSpace;
    in.capacity = &JobHealth::localCapacity;
    if (auto catalog = JobSupport::catalog(config)) {
        for (const JobConfig &job : std::as_const(config.jobs)) {
            if (job.kind != QLatin1String("postgresql-cluster"))
                continue;
            if (auto readings = (*catalog)->archiveHealth(job.name); readings && !readings->isEmpty())
                in.archive.insert(job.name, readings->last());
        }
        if (auto drills = (*catalog)->drills())
            in.drills = *drills;
    }
    return evaluate(in);
}

} // namespace lifeboat
