#include "MetricsExporter.h"

#include "common/Clock.h"
#include "jobs/JobSupport.h"

#include <QMap>

namespace lifeboat {

namespace {

// Label values escaped as the text format wants: backslash, quote and newline.
QString label(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_name = QLatin1String(name);
        m_out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(m_name, QLatin1String(help), QLatin1String(type));
    }
    void sample(const QString &suffix, const QList<std::pair<const char *, QString>> &labels, double value)
    {
        QStringList parts;
        for (const auto &[key, v] : labels)
            parts.append(QStringLiteral("%1=\"%2\"").arg(QLatin1String(key), label(v)));
        m_out += m_name + suffix + (parts.isEmpty() ? QString() : QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}')) + QLatin1Char(' ')
                 + number(value) + QLatin1Char('\n');
    }
    void sample(const QList<std::pair<const char *, QString>> &labels, double value) { sample({}, labels, value); }
    QString text() const { return m_out; }

private:
    QString m_name;
    QString m_out;
};

const double kDurationBuckets[] = {1, 5, 15, 60, 300, 900, 3600, 14400};

} // namespace

QString MetricsExporter::exposition(const Input &in)
{
    const QList<JobHealth> health = JobHealth::compute(in.config, in.backups, in.runs, in.now, in.freeSpace);
    QMap<QString, const CatalogEntry *> newest;
    QMap<QString, QList<const CatalogEntry *>> byJob;
    for (const CatalogEntry &e : in.backups) {
        if (!newest.contains(e.meta.job))
            newest.insert(e.meta.job, &e);
        byJob[e.meta.job].append(&e);
    }
    Writer w;
    w.family("lifeboat_backup_last_success_timestamp_seconds", "gauge", "When the newest successful backup of the job finished (Unix time).");
    for (const JobHealth &h : health)
        if (h.lastSuccess.isValid())
            w.sample({{"job", h.job}}, double(h.lastSuccess.toSecsSinceEpoch()));
    w.family("lifeboat_backup_last_run_success", "gauge", "1 when the job's newest backup or scheduled run succeeded, else 0.");
    for (const JobHealth &h : health)
        if (!h.lastRunStatus.isEmpty())
            w.sample({{"job", h.job}}, h.lastRunStatus == QLatin1String("ok") ? 1 : 0);
    w.family("lifeboat_backup_last_size_bytes", "gauge", "Stored size of the job's newest backup.");
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
        w.sample({{"job", it.key()}, {"repository", it.value()->repository}}, double(it.value()->meta.sizeBytes));
    w.family("lifeboat_backup_last_duration_seconds", "gauge", "How long the job's newest backup took.");
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
        w.sample({{"job", it.key()}}, it.value()->meta.durationSeconds);
    w.family("lifeboat_backup_objective_seconds", "gauge", "Recovery-point objective of the job: 1.5 x its schedule's interval.");
    for (const JobHealth &h : health)
        if (h.objectiveSeconds > 0)
            w.sample({{"job", h.job}}, double(h.objectiveSeconds));
    w.family("lifeboat_job_health", "gauge", "0 healthy, 1 needs attention, 2 at risk (as the dashboard shows it).");
    for (const JobHealth &h : health)
        w.sample({{"job", h.job}}, double(int(h.level)));
    w.family("lifeboat_backups", "gauge", "Backups of the job in the catalog.");
    for (const JobHealth &h : health)
        w.sample({{"job", h.job}, {"repository", h.repository}}, h.backups);
    w.family("lifeboat_backup_stored_bytes", "gauge", "Bytes all catalogued backups of the job occupy.");
    for (const JobHealth &h : health)
        w.sample({{"job", h.job}, {"repository", h.repository}}, double(h.storedBytes));
    w.family("lifeboat_verification_failures", "gauge", "Catalogued backups of the job whose latest verification failed.");
    for (const JobHealth &h : health)
        w.sample({{"job", h.job}}, h.verificationFailures);

    w.family("lifeboat_backups_not_offsite", "gauge", "Catalogued backups of the job that a copy_to repository does not hold yet.");
    for (const JobHealth &h : health)
        if (!in.config.jobs.value(h.job).copyTo.isEmpty())
            w.sample({{"job", h.job}}, h.notOffsite);

    w.family("lifeboat_backup_duration_seconds", "histogram", "Durations of the job's successful catalogued backups.");
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it) {
        QVector<int> counts(int(std::size(kDurationBuckets)), 0);
        int count = 0;
        double sum = 0;
        for (const CatalogEntry *e : it.value()) {
            if (e->meta.status != QLatin1String("ok"))
                continue;
            ++count;
            sum += e->meta.durationSeconds;
            for (int b = 0; b < counts.size(); ++b)
                if (e->meta.durationSeconds <= kDurationBuckets[b])
                    ++counts[b];
        }
        for (int b = 0; b < counts.size(); ++b)
            w.sample(QStringLiteral("_bucket"), {{"job", it.key()}, {"le", number(kDurationBuckets[b])}}, counts[b]);
        w.sample(QStringLiteral("_bucket"), {{"job", it.key()}, {"le", QStringLiteral("+Inf")}}, count);
        w.sample(QStringLiteral("_sum"), {{"job", it.key()}}, sum);
        w.sample(QStringLiteral("_count"), {{"job", it.key()}}, count);
    }

    QMap<std::pair<QString, QString>, QMap<QString, int>> runCounts; // (job, task) -> status -> n
    for (const Catalog::Run &r : in.runs)
        ++runCounts[{r.job, r.task}][r.status];
    w.family("lifeboat_runs_total", "counter", "Runs recorded by --run-schedule, by task and status.");
    for (auto it = runCounts.cbegin(); it != runCounts.cend(); ++it)
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s)
            w.sample({{"job", it.key().first}, {"task", it.key().second}, {"status", s.key()}}, s.value());

    w.family("lifeboat_wal_archive_lag_segments", "gauge", "WAL segments written but not yet archived, at the last check.");
    for (auto it = in.archive.cbegin(); it != in.archive.cend(); ++it)
        w.sample({{"job", it.key()}}, double(it.value().lagSegments));
    w.family("lifeboat_wal_archive_lag_seconds", "gauge", "Age of the oldest WAL not yet archived, at the last check.");
    for (auto it = in.archive.cbegin(); it != in.archive.cend(); ++it)
        w.sample({{"job", it.key()}}, it.value().lagSeconds);
    w.family("lifeboat_wal_archive_failures_total", "counter", "Failed archive_command calls the server counted (pg_stat_archiver).");
    for (auto it = in.archive.cbegin(); it != in.archive.cend(); ++it)
        w.sample({{"job", it.key()}}, double(it.value().failedCount));
    w.family("lifeboat_wal_archive_checked_timestamp_seconds", "gauge", "When the archiver was last read (Unix time).");
    for (auto it = in.archive.cbegin(); it != in.archive.cend(); ++it)
        w.sample({{"job", it.key()}}, double(it.value().at.toSecsSinceEpoch()));

    w.family("lifeboat_repository_free_bytes", "gauge", "Free space where the repository's backups are written.");
    if (in.freeSpace)
        for (const RepositoryConfig &repo : in.config.repositories) {
            const qint64 free = in.freeSpace(repo);
            if (free >= 0)
                w.sample({{"repository", repo.name}}, double(free));
        }
    w.family("lifeboat_repository_capacity_bytes", "gauge", "Size of the file system the repository's backups are written to.");
    if (in.capacity)
        for (const RepositoryConfig &repo : in.config.repositories) {
            const qint64 size = in.capacity(repo);
            if (size >= 0)
                w.sample({{"repository", repo.name}}, double(size));
        }

    // The newest drill of each plan: when, whether it passed, what it measured.
    QMap<QString, const DrillRecord *> lastDrill;
    for (const DrillRecord &d : in.drills)
        if (!lastDrill.contains(d.plan))
            lastDrill.insert(d.plan, &d);
    w.family("lifeboat_drill_last_timestamp_seconds", "gauge", "When the plan's newest drill finished (Unix time).");
    for (auto it = lastDrill.cbegin(); it != lastDrill.cend(); ++it)
        w.sample({{"plan", it.key()}}, double(it.value()->finishedAt.toSecsSinceEpoch()));
    w.family("lifeboat_drill_last_success", "gauge", "1 when the plan's newest drill passed, else 0.");
    for (auto it = lastDrill.cbegin(); it != lastDrill.cend(); ++it)
        w.sample({{"plan", it.key()}}, it.value()->passed() ? 1 : 0);
    w.family("lifeboat_drill_last_rto_seconds", "gauge", "RTO the plan's newest drill measured (absent when recovery was not verified).");
    for (auto it = lastDrill.cbegin(); it != lastDrill.cend(); ++it)
        if (it.value()->rtoSeconds >= 0)
            w.sample({{"plan", it.key()}}, it.value()->rtoSeconds);
    w.family("lifeboat_drill_last_rpo_seconds", "gauge", "RPO the plan's newest drill measured (absent when nothing was restored).");
    for (auto it = lastDrill.cbegin(); it != lastDrill.cend(); ++it)
        if (it.value()->rpoSeconds >= 0)
            w.sample({{"plan", it.key()}}, it.value()->rpoSeconds);
    w.family("lifeboat_drill_rto_objective_seconds", "gauge", "The plan's RTO objective.");
    for (auto it = lastDrill.cbegin(); it != lastDrill.cend(); ++it)
        w.sample({{"plan", it.key()}}, double(it.value()->rtoObjectiveSeconds));
    w.family("lifeboat_drill_rpo_objective_seconds", "gauge", "The plan's RPO objective.");
    for (auto it = lastDrill.cbegin(); it != lastDrill.cend(); ++it)
        w.sample({{"plan", it.key()}}, double(it.value()->rpoObjectiveSeconds));
    return w.text();
}

Result<QString> MetricsExporter::fromCatalog(const Config &config)
{
    auto catalog = JobSupport::catalog(config);
    if (!catalog)
        return fail(catalog.error());
    Input in;
    in.config = config;
    auto backups = (*catalog)->listBackups();
    if (!backups)
        return fail(backups.error());
    in.backups = *backups;
    auto runs = (*catalog)->runs({}, {}, 1000000);
    if (!runs)
        return fail(runs.error());
    in.runs = *runs;
    for (const JobConfig &job : std::as_const(config.jobs)) {
        if (job.kind != QLatin1String("postgresql-cluster"))
            continue;
        auto readings = (*catalog)->archiveHealth(job.name);
        if (readings && !readings->isEmpty())
            in.archive.insert(job.name, readings->last());
    }
    in.now = Clock::instance().now().toUTC();
    in.freeSpace = &JobHealth::localFreeSpace;
    in.capacity = &JobHealth::localCapacity;
    auto drills = (*catalog)->drills();
    if (!drills)
        return fail(drills.error());
    in.drills = *drills;
    return exposition(in);
}

} // namespace lifeboat
