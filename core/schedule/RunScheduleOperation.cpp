#include "RunScheduleOperation.h"

#include "common/Clock.h"
#include "config/ConfigLoader.h"
#include "jobs/BackupOperation.h"
#include "jobs/JobSupport.h"
#include "monitoring/MetricsHttpServer.h"
#include "repository/Repository.h"
#include "retention/PruneOperation.h"
#include "wal/WalIndexOperation.h"
#include "monitoring/JobHealth.h"
#include "monitoring/Notifier.h"

#include <QLocale>
#include "drill/DrillOperation.h"
#include "verify/ArtifactVerifier.h"

#include <QThread>
#include <algorithm>

namespace lifeboat {

namespace {

QString statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("failed");
    }
}

QDateTime now()
{
    return Clock::instance().now().toUTC();
}

ScheduledRun started(const DueItem &item, const QString &task)
{
    ScheduledRun out;
    out.run.job = item.name;
    out.run.task = task;
    out.run.trigger = item.trigger;
    out.run.scheduledFor = item.scheduledFor;
    out.run.startedAt = now();
    out.missedRuns = item.missedRuns;
    return out;
}

} // namespace

RunScheduleOperation::RunScheduleOperation(RunScheduleParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

RunScheduleOperation::~RunScheduleOperation() = default;

Status RunScheduleOperation::execute()
{
    if (!m_params.metricsListen.isEmpty()) {
        if (!m_params.daemon)
            return fail(ErrorCode::Usage, tr("--metrics-listen needs --daemon: a single pass ends before anyone scrapes it (use lifeboat-cli metrics --textfile)"));
        m_metrics = std::make_unique<MetricsHttpServer>(m_params.config);
        LB_TRY(m_metrics->listen(m_params.metricsListen));
        reportLog(tr("serving metrics on http://%1/metrics").arg(m_params.metricsListen));
    }
    for (;;) {
        if (m_reload.exchange(false))
            reloadConfig();
        // A catalog per pass: a daemon survives a catalog that was briefly unreachable.
        auto catalog = JobSupport::catalog(m_params.config);
        if (!catalog) {
            if (!m_params.daemon)
                return fail(catalog.error());
            reportLog(catalog.error().message);
        } else {
            LB_TRY(pass(**catalog));
        }
        m_nextWake = SchedulePlanner::nextWake(m_params.config, now());
        if (!m_params.daemon || m_stop.load() || isCancelled())
            break;
        reportStep(m_nextWake.isValid() ? tr("Waiting for the next scheduled run at %1").arg(isoUtc(m_nextWake))
                                        : tr("Nothing is scheduled; waiting for a config reload (SIGHUP)"));
        // Sleep in short slices so that signals and a changed wall clock are noticed.
        while (!m_stop.load() && !isCancelled() && !m_reload.load() && (!m_nextWake.isValid() || now() < m_nextWake))
            QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(m_nextWake.isValid() ? now().msecsTo(m_nextWake) : 1000, 10, 1000)));
        if (m_stop.load() || isCancelled())
            break;
    }
    if (isCancelled())
        return fail(ErrorCode::Cancelled, tr("Cancelled."));
    return {};
}

void RunScheduleOperation::reloadConfig()
{
    auto config = ConfigLoader::loadFile(m_params.config.filePath);
    if (!config) {
        reportLog(tr("config not reloaded, the old one stays in force: %1").arg(config.error().message));
        return;
    }
    m_params.config = *config;
    if (m_metrics)
        m_metrics->setConfig(m_params.config);
    reportLog(tr("config reloaded from %1").arg(m_params.config.filePath));
}

Result<ScheduleHistory> RunScheduleOperation::history(Catalog &catalog) const
{
    ScheduleHistory h;
    for (const JobConfig &job : std::as_const(m_params.config.jobs)) {
        auto last = catalog.lastScheduled(job.name, QStringLiteral("backup"));
        if (!last)
            return fail(last.error());
        if (last->isValid())
            h.lastBackupRun.insert(job.name, *last);
        auto newest = catalog.newestBackupStart(job.name);
        if (!newest)
            return fail(newest.error());
        if (newest->isValid())
            h.newestBackup.insert(job.name, *newest);
    }
    for (const DrillConfig &drill : std::as_const(m_params.config.drills)) {
        auto last = catalog.lastScheduled(drill.name, QStringLiteral("drill"));
        if (!last)
            return fail(last.error());
        if (last->isValid())
            h.lastDrill.insert(drill.name, *last);
    }
    for (const RepositoryConfig &repo : std::as_const(m_params.config.repositories)) {
        auto last = catalog.lastScheduled(repo.name, QStringLiteral("scan"));
        if (!last)
            return fail(last.error());
        if (last->isValid())
            h.lastScan.insert(repo.name, *last);
    }
    return h;
}

Status RunScheduleOperation::pass(Catalog &catalog)
{
    auto h = history(catalog);
    if (!h)
        return fail(h.error());
    QList<DueItem> due = SchedulePlanner::due(m_params.config, *h, now());
    m_plannedNewestBackup = h->newestBackup;
    QStringList damaged;
    for (const DueItem &item : std::as_const(due)) {
        if (item.task != DueItem::Task::Scan || m_stop.load() || isCancelled())
            continue;
        LB_TRY(finish(catalog, runScan(item, &damaged, catalog)));
    }
    for (const QString &job : std::as_const(damaged)) {
        const bool alreadyDue = std::any_of(due.begin(), due.end(), [&](const DueItem &d) { return d.task == DueItem::Task::Backup && d.name == job; });
        if (alreadyDue || !m_params.config.jobs.contains(job) || !m_params.config.jobs.value(job).backupOnCorruption)
            continue;
        DueItem rerun;
        rerun.name = job;
        rerun.scheduledFor = now();
        rerun.trigger = QStringLiteral("corruption");
        due.append(rerun);
    }
    for (const DueItem &item : std::as_const(due)) {
        if (item.task != DueItem::Task::Backup)
            continue;
        if (m_stop.load() || isCancelled())
            break; // what is left stays due for the next invocation
        LB_TRY(finish(catalog, runBackup(item)));
    }
    notifyLowSpace();
    // Drills last: they restore the backups just taken.
    for (const DueItem &item : std::as_const(due)) {
        if (item.task != DueItem::Task::Drill)
            continue;
        if (m_stop.load() || isCancelled())
            break;
        LB_TRY(finish(catalog, runDrill(item)));
    }
    indexWal();
    return {};
}

ScheduledRun RunScheduleOperation::runDrill(const DueItem &item)
{
    ScheduledRun out = started(item, QStringLiteral("drill"));
    Catalog::Run &r = out.run;
    const DrillConfig drill = m_params.config.drills.value(item.name);
    reportStep(tr("Running drill %1 (%2)").arg(item.name, drill.plan));
    DrillParams params;
    params.config = m_params.config;
    params.planPath = drill.plan;
    DrillOperation operation(params);
    connect(&operation, &Operation::logLine, this, [this](const QString &line) { reportLog(line); });
    const Status ran = operation.run();
    if (!ran) {
        r.status = statusFor(ran.error().code);
        r.error = ran.error().message;
        return out;
    }
    r.backupId = operation.result().id; // the drill's id, for `drill show`
    r.status = operation.result().passed() ? QStringLiteral("ok") : QStringLiteral("failed");
    if (!operation.result().passed())
        r.error = tr("drill %1 failed at %2").arg(operation.result().id, operation.result().failedStep);
    return out;
}

void RunScheduleOperation::indexWal()
{
    // The WAL event index follows the archive on every pass (only new segments are read), so
    // the timeline is ready when someone needs it, and never inside wal-push.
    for (const JobConfig &job : std::as_const(m_params.config.jobs)) {
        if (job.kind != QLatin1String("postgresql-cluster") || m_stop.load() || isCancelled())
            continue;
        WalIndexParams params;
        params.config = m_params.config;
        params.job = job.name;
        WalIndexOperation index(params);
        const Status indexed = index.run();
        const WalIndexResult &r = index.result();
        if (!indexed) {
            if (indexed.error().code != ErrorCode::Busy)
                reportLog(tr("WAL event index of job %1 not updated: %2").arg(job.name, indexed.error().message));
            continue;
        }
        if (r.segmentsRead > 0)
            reportLog(tr("WAL event index of job %1: %n new segment(s), %2 commits, %3 destructive event(s)", nullptr, int(r.segmentsRead))
                          .arg(job.name)
                          .arg(r.commits)
                          .arg(r.events));
        for (const QString &w : r.warnings)
            reportLog(tr("WAL event index of job %1: %2").arg(job.name, w));
    }
}

Status RunScheduleOperation::finish(Catalog &catalog, ScheduledRun run)
{
    run.run.finishedAt = now();
    if (run.run.status != QLatin1String("cancelled")) {
        auto recorded = catalog.recordRun(run.run);
        if (!recorded)
            reportLog(tr("the run of %1 was not recorded in the catalog: %2").arg(run.run.job, recorded.error().message));
    }
    m_runs.append(run);
    notify(run);
    if (m_params.onRunFinished)
        m_params.onRunFinished(run);
    return {};
}

void RunScheduleOperation::notify(const ScheduledRun &run)
{
    const Catalog::Run &r = run.run;
    QString event;
    if (r.status == QLatin1String("corrupt"))
        event = QStringLiteral("corruption");
    else if (r.status == QLatin1String("failed"))
        event = QStringLiteral("failure");
    else if (r.status == QLatin1String("skipped") || r.trigger == QLatin1String("missed"))
        event = QStringLiteral("missed");
    if (event.isEmpty())
        return;
    Notification n;
    n.event = event;
    n.subject = r.job;
    n.at = r.finishedAt;
    const QString what = r.task == QLatin1String("scan") ? tr("scan of repository %1").arg(r.job) : tr("%1 of %2").arg(r.task, r.job);
    if (event == QLatin1String("missed"))
        n.summary = r.status == QLatin1String("skipped") ? tr("%1 missed its scheduled time").arg(what)
                                                         : tr("%1 ran late, catching up %n missed run(s)", nullptr, qMax(1, run.missedRuns)).arg(what);
    else
        n.summary = event == QLatin1String("corruption") ? tr("%1 found damaged data").arg(what) : tr("%1 failed").arg(what);
    n.detail = r.error;
    const JobConfig job = m_params.config.jobs.value(r.job);
    Notifier::send(m_params.config, n, [this](const QString &line) { reportLog(line); }, job.notifyWebhooks, job.notifyEmail);
}

void RunScheduleOperation::notifyLowSpace()
{
    if (!m_params.config.notify.events.contains(QStringLiteral("low_space")))
        return;
    for (const RepositoryConfig &repo : std::as_const(m_params.config.repositories)) {
        const qint64 free = JobHealth::localFreeSpace(repo);
        const qint64 size = JobHealth::localCapacity(repo);
        if (free < 0 || size <= 0 || free * 100 >= size * m_params.config.notify.lowSpacePercent)
            continue;
        Notification n;
        n.event = QStringLiteral("low_space");
        n.subject = repo.name;
        n.at = now();
        n.summary = tr("repository %1 has %2% free space left").arg(repo.name).arg(double(free) * 100.0 / double(size), 0, 'f', 1);
        n.detail = tr("%1 free of %2 under %3; prune (lifeboat-cli prune --dry-run shows what would go) or add space")
                       .arg(QLocale::c().formattedDataSize(free), QLocale::c().formattedDataSize(size), repo.path);
        Notifier::send(m_params.config, n, [this](const QString &line) { reportLog(line); });
    }
}

ScheduledRun RunScheduleOperation::runBackup(const DueItem &item)
{
    ScheduledRun out = started(item, QStringLiteral("backup"));
    Catalog::Run &r = out.run;
    if (item.skip) {
        r.status = QStringLiteral("skipped");
        r.error = tr("due at %1 and more than an hour late; missed = \"skip\" waits for the next scheduled time").arg(isoUtc(item.scheduledFor));
        return out;
    }
    if (item.missedRuns > 0)
        reportLog(tr("job %1: %n missed run(s) before %2 caught up by this one", nullptr, item.missedRuns).arg(item.name, isoUtc(item.scheduledFor)));
    reportStep(tr("Backing up %1 (%2, due %3)").arg(item.name, item.trigger, isoUtc(item.scheduledFor)));

    BackupParams params;
    params.config = m_params.config;
    params.job = item.name;
    // Two passes at once (a cron line and a timer, or a pass that outlived the next minute) plan
    // the same due job; the job lock lets one run at a time, and this makes the second one see
    // the first one's backup instead of taking another.
    const QDateTime seenAtPlan = m_plannedNewestBackup.value(item.name);
    if (item.trigger != QLatin1String("corruption")) {
        params.underLock = [this, &item, seenAtPlan]() -> Status {
            auto catalog = JobSupport::catalog(m_params.config);
            if (!catalog)
                return {};
            auto newest = (*catalog)->newestBackupStart(item.name);
            if (newest && newest->isValid() && (!seenAtPlan.isValid() || *newest > seenAtPlan))
                return fail(ErrorCode::AlreadyExists, tr("another scheduler pass backed %1 up meanwhile (at %2)").arg(item.name, isoUtc(*newest)));
            return {};
        };
    }
    auto backup = BackupOperation::perform(params, this);
    if (!backup && backup.error().code == ErrorCode::AlreadyExists && item.trigger != QLatin1String("corruption")) {
        r.status = QStringLiteral("skipped");
        r.error = backup.error().message;
        return out;
    }
    if (!backup) {
        // Retention never runs after a failed step (a failed copy_to leaves the backup stored).
        r.status = statusFor(backup.error().code);
        r.error = backup.error().message + tr(" (nothing was pruned)");
        return out;
    }
    r.backupId = backup->meta.id;
    r.sizeBytes = backup->meta.sizeBytes;
    const JobConfig job = m_params.config.jobs.value(item.name);
    auto pruned = PruneOperation::pruneJob(m_params.config, job, false, this);
    if (!pruned) {
        r.status = statusFor(pruned.error().code);
        r.error = tr("backup %1 is stored, but applying the retention policy failed: %2").arg(r.backupId, pruned.error().message);
        return out;
    }
    r.status = QStringLiteral("ok");
    return out;
}

ScheduledRun RunScheduleOperation::runScan(const DueItem &item, QStringList *damagedJobs, Catalog &catalog)
{
    ScheduledRun out = started(item, QStringLiteral("scan"));
    Catalog::Run &r = out.run;
    reportStep(tr("Scanning repository %1 against the sidecar checksums").arg(item.name));
    auto repo = JobSupport::repository(m_params.config, item.name);
    auto backups = repo ? (*repo)->listBackups({}) : Result<QList<BackupMetadata>>(fail(repo.error()));
    if (!backups) {
        r.status = statusFor(backups.error().code);
        r.error = backups.error().message;
        return out;
    }
    QStringList failures;
    for (int i = 0; i < backups->size(); ++i) {
        if (isCancelled()) {
            r.status = QStringLiteral("cancelled");
            return out;
        }
        const BackupMetadata &b = backups->at(i);
        reportItems(i, backups->size());
        auto checked = ArtifactVerifier::verify(**repo, b, {}, QStringLiteral("checksum"), this, nullptr);
        (void)catalog.recordVerification(b.id, QStringLiteral("checksum"), bool(checked), now(), checked ? QString() : checked.error().message);
        if (!checked) {
            failures.append(checked.error().message);
            if (!damagedJobs->contains(b.job))
                damagedJobs->append(b.job);
        }
    }
    reportItems(backups->size(), backups->size());
    r.sizeBytes = backups->size();
    if (failures.isEmpty()) {
        r.status = QStringLiteral("ok");
    } else {
        r.status = QStringLiteral("corrupt");
        r.error = tr("%1 of %2 backups failed the checksum; first: %3").arg(failures.size()).arg(backups->size()).arg(failures.first());
    }
    return out;
}

} // namespace lifeboat
