#include "JobHealth.h"

#include "schedule/CronExpression.h"
#include "schedule/SchedulePlanner.h"

#include <QDir>
#include <QStorageInfo>
#include <optional>

namespace lifeboat {

namespace {

int steadyStateCount(const RetentionPolicy &p)
{
    // An upper bound: rules overlap (the newest daily is also the newest weekly), and `within`
    // depends on the schedule, counted as one more. Good enough for a space forecast.
    const int total = p.last + p.hourly + p.daily + p.weekly + p.monthly + p.yearly + (p.within.isEmpty() ? 0 : 1);
    return qMax(1, total);
}

} // namespace

QString JobHealth::humanDuration(qint64 seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

namespace {
// The file system under a local repository; its folder may not exist before the first backup,
// so its nearest existing parent answers.
std::optional<QStorageInfo> localStorage(const RepositoryConfig &repository)
{
    if (repository.type != QLatin1String("local"))
        return std::nullopt;
    QDir dir(repository.path);
    while (!dir.exists() && !dir.isRoot())
        if (!dir.cdUp())
            break;
    QStorageInfo storage(dir.absolutePath());
    return storage.isValid() ? std::optional<QStorageInfo>(storage) : std::nullopt;
}
} // namespace

qint64 JobHealth::localFreeSpace(const RepositoryConfig &repository)
{
    const auto storage = localStorage(repository);
    return storage ? storage->bytesAvailable() : -1;
}

qint64 JobHealth::localCapacity(const RepositoryConfig &repository)
{
    const auto storage = localStorage(repository);
    return storage ? storage->bytesTotal() : -1;
}

QList<JobHealth> JobHealth::compute(const Config &config, const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs,
                                    const QDateTime &now, const FreeSpace &freeSpace)
{
    const QTimeZone zone = SchedulePlanner::zone(config);
    QList<JobHealth> out;
    for (const JobConfig &job : config.jobs) {
        JobHealth h;
        h.job = job.name;
        h.kind = job.kind;
        h.repository = job.repository;
        QList<qint64> recentSizes;
        QDateTime newestStart;
        for (const CatalogEntry &e : backups) { // newest first
            if (e.meta.job != job.name)
                continue;
            ++h.backups;
            h.storedBytes += e.meta.sizeBytes;
            if (e.verificationStatus == QLatin1String("failed"))
                ++h.verificationFailures;
            if (!e.missingCopies(config).isEmpty())
                ++h.notOffsite;
            if (!newestStart.isValid()) {
                newestStart = e.meta.startedAt;
                h.lastRunStatus = e.meta.status;
                h.newestBytes = e.meta.sizeBytes;
            }
            if (e.meta.status == QLatin1String("ok")) {
                if (!h.lastSuccess.isValid()) {
                    h.lastSuccess = e.meta.finishedAt.isValid() ? e.meta.finishedAt : e.meta.startedAt;
                    h.verificationStatus = e.verificationStatus;
                    h.verificationLevel = e.verificationLevel;
                    h.verifiedAt = e.verifiedAt;
                }
                if (recentSizes.size() < 5)
                    recentSizes.append(e.meta.sizeBytes);
            }
        }
        // A scheduled run newer than the newest backup (busy, failed before writing) says more.
        for (const Catalog::Run &r : runs)
            if (r.job == job.name && r.task == QLatin1String("backup")) {
                if (!newestStart.isValid() || r.startedAt > newestStart)
                    h.lastRunStatus = r.status;
                break;
            }
        if (!job.schedule.isEmpty()) {
            if (auto cron = CronExpression::parse(job.schedule)) {
                h.nextRun = cron->next(now, zone);
                const QDateTime after = h.nextRun.isValid() ? cron->next(h.nextRun, zone) : QDateTime();
                if (after.isValid())
                    h.objectiveSeconds = h.nextRun.secsTo(after) * 3 / 2;
            }
        }
        h.keptAtSteadyState = steadyStateCount(job.retention);
        if (!recentSizes.isEmpty()) {
            qint64 sum = 0;
            for (qint64 s : std::as_const(recentSizes))
                sum += s;
            h.forecastBytes = sum / recentSizes.size() * h.keptAtSteadyState;
        }
        if (freeSpace && config.repositories.contains(job.repository))
            h.repositoryFreeBytes = freeSpace(config.repositories.value(job.repository));

        // Bad first, then warnings; each reason a sentence a newcomer understands.
        auto bad = [&h](const QString &why) {
            h.level = Level::Bad;
            h.reasons.append(why);
        };
        auto warn = [&h](const QString &why) {
            if (h.level == Level::Good)
                h.level = Level::Warning;
            h.reasons.append(why);
        };
        if (h.lastSuccess.isValid())
            h.ageSeconds = h.lastSuccess.secsTo(now);
        if (!h.lastSuccess.isValid())
            bad(tr("no successful backup yet"));
        if (h.lastRunStatus == QLatin1String("failed") || h.lastRunStatus == QLatin1String("corrupt"))
            bad(tr("the last run failed"));
        if (h.verificationStatus == QLatin1String("failed"))
            bad(tr("the newest good backup failed verification"));
        if (h.objectiveSeconds > 0 && h.ageSeconds > 2 * h.objectiveSeconds)
            bad(tr("the newest backup is %1 old, over twice the objective of %2").arg(humanDuration(h.ageSeconds), humanDuration(h.objectiveSeconds)));
        else if (h.objectiveSeconds > 0 && h.ageSeconds > h.objectiveSeconds)
            warn(tr("the newest backup is %1 old, over the objective of %2").arg(humanDuration(h.ageSeconds), humanDuration(h.objectiveSeconds)));
        if (job.schedule.isEmpty())
            warn(tr("no schedule: backups run only by hand"));
        if (h.lastSuccess.isValid() && h.verificationStatus.isEmpty())
            warn(tr("the newest backup was never verified"));
        if (h.repositoryFreeBytes >= 0 && h.newestBytes > 0 && h.repositoryFreeBytes < 2 * h.newestBytes)
            warn(tr("repository \"%1\" has room for fewer than two more backups").arg(job.repository));
        out.append(h);
    }
    return out;
}

} // namespace lifeboat
