#include "SchedulePlanner.h"

#include "CronExpression.h"

namespace lifeboat {

QTimeZone SchedulePlanner::zone(const Config &config)
{
    return config.timezone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(config.timezone.toUtf8());
}

namespace {

// One schedule against its anchor; nullopt when nothing is due.
std::optional<DueItem> dueSince(const QString &schedule, const QDateTime &anchor, const QDateTime &now, const QTimeZone &zone)
{
    auto cron = CronExpression::parse(schedule);
    if (!cron) // the loader already refused it; a config built in code may not have been loaded
        return std::nullopt;
    DueItem item;
    if (!anchor.isValid()) {
        item.scheduledFor = now;
        item.trigger = QStringLiteral("first");
        return item;
    }
    int count = 0;
    const QDateTime latest = cron->latestIn(anchor, now, zone, &count);
    if (!latest.isValid())
        return std::nullopt;
    item.scheduledFor = latest;
    item.missedRuns = qMax(0, count - 1);
    if (item.missedRuns > 0)
        item.trigger = QStringLiteral("missed");
    return item;
}

} // namespace

QList<DueItem> SchedulePlanner::due(const Config &config, const ScheduleHistory &history, const QDateTime &now)
{
    const QTimeZone tz = zone(config);
    QList<DueItem> out;
    for (const RepositoryConfig &repo : config.repositories) {
        if (repo.scan.isEmpty())
            continue;
        if (auto item = dueSince(repo.scan, history.lastScan.value(repo.name), now, tz)) {
            item->task = DueItem::Task::Scan;
            item->name = repo.name;
            out.append(*item);
        }
    }
    for (const DrillConfig &drill : config.drills) {
        if (drill.schedule.isEmpty() || drill.plan.isEmpty())
            continue;
        if (auto item = dueSince(drill.schedule, history.lastDrill.value(drill.name), now, tz)) {
            item->task = DueItem::Task::Drill;
            item->name = drill.name;
            out.append(*item);
        }
    }
    for (const JobConfig &job : config.jobs) {
        if (job.schedule.isEmpty())
            continue;
        QDateTime anchor = history.lastBackupRun.value(job.name);
        if (!anchor.isValid())
            anchor = history.newestBackup.value(job.name);
        auto item = dueSince(job.schedule, anchor, now, tz);
        if (!item)
            continue;
        item->name = job.name;
        item->skip = job.missed == QLatin1String("skip") && item->trigger != QLatin1String("first")
                     && item->scheduledFor.secsTo(now) > kOnTimeSeconds;
        out.append(*item);
    }
    return out;
}

QDateTime SchedulePlanner::nextWake(const Config &config, const QDateTime &now)
{
    const QTimeZone tz = zone(config);
    QDateTime earliest;
    auto consider = [&](const QString &schedule) {
        if (schedule.isEmpty())
            return;
        auto cron = CronExpression::parse(schedule);
        if (!cron)
            return;
        const QDateTime t = cron->next(now, tz);
        if (t.isValid() && (!earliest.isValid() || t < earliest))
            earliest = t;
    };
    for (const RepositoryConfig &repo : config.repositories)
        consider(repo.scan);
    for (const JobConfig &job : config.jobs)
        consider(job.schedule);
    for (const DrillConfig &drill : config.drills)
        consider(drill.schedule);
    return earliest;
}

} // namespace lifeboat
