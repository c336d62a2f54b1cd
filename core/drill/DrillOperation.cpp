#include "DrillOperation.h"

#include "DrillChecks.h"
#include "DrillPlan.h"
#include "ScratchCluster.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"
#include "jobs/RestoreOperation.h"
#include "postgres/PgAccess.h"
#include "postgres/PgConnection.h"
#include "wal/PitrOperation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <pwd.h>
#include <unistd.h>

namespace lifeboat {

struct DrillOperation::Scratch
{
    std::unique_ptr<QTemporaryDir> dir;
    QMap<QString, RestoredTarget> targets; // by restore step name
};

namespace {

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The job's conninfo pointed at another server (libpq takes the last value of a keyword).
QString redirected(const QString &conninfo, const QString &host, int port)
{
    return conninfo + QStringLiteral(" host=%1 port=%2").arg(host).arg(port);
}

} // namespace

DrillOperation::DrillOperation(DrillParams params, QObject *parent) : Operation(parent), m_params(std::move(params)) {}

Status DrillOperation::forward(Operation &nested)
{
    connect(&nested, &Operation::stepStarted, this, [this](const QString &s) { reportLog(s); });
    connect(&nested, &Operation::logLine, this, [this](const QString &s) { reportLog(s); });
    connect(&nested, &Operation::progressChanged, this, [this](qint64 d, qint64 t) { reportProgress(d, t); });
    return nested.run();
}

Result<QString> DrillOperation::runStep(const DrillStep &step, int index, Scratch &scratch)
{
    switch (step.kind) {
    case DrillStep::Kind::Restore: {
        auto job = JobSupport::job(m_params.config, step.job);
        if (!job)
            return fail(job.error());
        auto catalog = JobSupport::catalog(m_params.config);
        if (!catalog)
            return fail(catalog.error());
        BackupMetadata meta;
        if (!step.backup.isEmpty()) {
            auto entry = (*catalog)->findBackup(step.backup);
            if (!entry)
                return fail(entry.error());
            meta = entry->meta;
        } else {
            auto entries = (*catalog)->listBackups(job->name);
            if (!entries)
                return fail(entries.error());
            for (const CatalogEntry &e : std::as_const(*entries))
                if (e.meta.status == QLatin1String("ok") && (!meta.finishedAt.isValid() || e.meta.finishedAt > meta.finishedAt))
                    meta = e.meta;
            if (meta.id.isEmpty())
                return fail(ErrorCode::NotFound, tr("job %1 has no successful backup to restore (run \"lifeboat-cli backup %1\" first)").arg(job->name));
        }
        RestoredTarget target;
        target.backup = meta;
        target.newestData = meta.finishedAt;
        RestoreParams params;
        params.config = m_params.config;
        params.id = meta.id;
        if (job->kind == QLatin1String("sqlite")) {
            target.type = RestoredTarget::Type::SqliteFile;
            target.path = QDir(scratch.dir->path()).filePath(QStringLiteral("%1-step%2.sqlite").arg(job->name).arg(index + 1));
            params.target = target.path;
        } else if (job->kind == QLatin1String("postgresql")) {
            target.type = RestoredTarget::Type::Postgres;
            const QString database = QStringLiteral("drill_%1").arg(Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")));
            if (step.scratch.contains(QLatin1Char('='))) {
                // A configured test server: a new database on it, with the job's password.
                target.conninfo = PgConnection::withDatabase(step.scratch, database);
                auto access = PgAccess::forJob(*job);
                if (!access)
                    return fail(access.error());
                target.password = access->password;
            } else {
                const int major = meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
                reportLog(tr("Starting a scratch PostgreSQL %1 server").arg(major));
                auto cluster = ScratchCluster::start(major > 0 ? major : 15);
                if (!cluster)
                    return fail(cluster.error());
                target.conninfo = (*cluster)->conninfo(database);
                target.keepAlive = std::shared_ptr<ScratchCluster>(std::move(*cluster));
            }
            params.target = target.conninfo;
            params.withGlobals = meta.parts.contains(QStringLiteral("globals"));
        } else if (job->kind == QLatin1String("files")) {
            // The restore checks every file against the backup's manifest; command steps look further.
            target.type = RestoredTarget::Type::Folder;
            target.path = QDir(scratch.dir->path()).filePath(QStringLiteral("%1-step%2").arg(job->name).arg(index + 1));
            params.target = target.path;
        } else {
            return fail(ErrorCode::Usage, tr("job %1 is of kind %2: drills restore sqlite, postgresql and files jobs (use a pitr step for postgresql-cluster)")
                                              .arg(job->name, job->kind));
        }
        RestoreOperation restore(params);
        if (Status s = forward(restore); !s)
            return fail(s.error());
        const QString done = tr("restored backup %1 (finished %2) into %3").arg(meta.id, isoUtc(meta.finishedAt), target.describe());
        scratch.targets.insert(step.name, target);
        return done;
    }
    case DrillStep::Kind::Pitr: {
        auto job = JobSupport::job(m_params.config, step.job);
        if (!job)
            return fail(job.error());
        auto access = PgAccess::forJob(*job);
        if (!access)
            return fail(access.error());
        const int port = freePort();
        if (!port)
            return fail(ErrorCode::Failed, tr("no free TCP port on this host for the recovered server"));
        PitrParams params;
        params.config = m_params.config;
        params.job = job->name;
        params.pgdata = QDir(scratch.dir->path()).filePath(QStringLiteral("pitr-step%1").arg(index + 1));
        params.target = step.pitrTarget == QLatin1String("latest") ? PitrParams::Target::Latest : PitrParams::Target::Time;
        params.value = step.pitrTarget;
        params.start = true;
        params.port = port;
        PitrOperation pitr(params);
        const Status recovered = forward(pitr);
        // Whatever happened, a server that started is stopped at the end of the drill.
        const QString pgdata = params.pgdata;
        auto stopper = std::shared_ptr<void>(nullptr, [pgdata](void *) {
            QFile version(pgdata + QStringLiteral("/PG_VERSION"));
            if (!version.open(QIODevice::ReadOnly))
                return;
            auto pgCtl = PgAccess::tool(QStringLiteral("pg_ctl"), version.readAll().trimmed().toInt());
            if (!pgCtl)
                return;
            QStringList command{*pgCtl, QStringLiteral("-D"), pgdata, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")};
            if (::geteuid() == 0)
                command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
            // Quietly: pg_ctl's chatter would land on stdout, which --json keeps to one document.
            QProcess stop;
            stop.setStandardOutputFile(QProcess::nullDevice());
            stop.setStandardErrorFile(QProcess::nullDevice());
            stop.start(command.first(), command.mid(1));
            stop.waitForFinished(60000);
        });
        if (!recovered)
            return fail(recovered.error());
        const PitrResult &r = pitr.result();
        RestoredTarget target;
        target.type = RestoredTarget::Type::Postgres;
        target.conninfo = redirected(access->conninfo, pgdata, port);
        target.password = access->password;
        target.newestData = r.reachedTime.isValid() ? r.reachedTime : r.windowLatest;
        target.keepAlive = stopper;
        if (auto catalog = JobSupport::catalog(m_params.config))
            if (auto entry = (*catalog)->findBackup(r.backupId))
                target.backup = entry->meta;
        scratch.targets.insert(step.name, target);
        return tr("recovered from base backup %1 to %2 (last replayed commit %3) on port %4")
            .arg(r.backupId, step.pitrTarget, r.reachedTime.isValid() ? isoUtcPrecise(r.reachedTime) : tr("none"))
            .arg(port);
    }
    case DrillStep::Kind::Sql:
    case DrillStep::Kind::RowCounts: {
        if (!scratch.targets.contains(step.restored))
            return fail(ErrorCode::Failed, tr("step \"%1\" restored nothing to check").arg(step.restored));
        const RestoredTarget &target = scratch.targets[step.restored];
        if (target.type == RestoredTarget::Type::Folder)
            return fail(ErrorCode::Failed, tr("step \"%1\" restored a folder, which has no tables to query: check it with a command step "
                                              "(${LIFEBOAT_DRILL_TARGET} is the folder)").arg(step.restored));
        if (step.kind == DrillStep::Kind::Sql)
            return DrillChecks::sql(target, step.query, step.expect);
        if (target.backup.id.isEmpty() || target.backup.source.value(QStringLiteral("tables")).toObject().isEmpty())
            return fail(ErrorCode::Failed, tr("the backup restored by \"%1\" records no row counts to compare with").arg(step.restored));
        return DrillChecks::rowCounts(target);
    }
    case DrillStep::Kind::Command:
        return DrillChecks::command(step.command, step.expectExit, step.timeoutSeconds,
                                    scratch.targets.contains(step.restored) ? &scratch.targets[step.restored] : nullptr, [this] { return isCancelled(); });
    case DrillStep::Kind::Http:
        return DrillChecks::http(step.url, step.expectStatus, step.timeoutSeconds);
    case DrillStep::Kind::Manual:
        break;
    }
    return QString();
}

Status DrillOperation::execute()
{
    auto plan = DrillPlanLoader::loadFile(m_params.planPath, m_params.config.timezone);
    if (!plan)
        return fail(plan.error());
    for (const DrillStep &s : std::as_const(plan->steps))
        if (!s.job.isEmpty())
            if (auto job = JobSupport::job(m_params.config, s.job); !job)
                return fail(ErrorCode::InvalidConfig, tr("drill plan %1, step \"%2\": %3").arg(plan->path, s.name, job.error().message));
    const QDateTime started = Clock::instance().now().toUTC();
    QDateTime incident = plan->incidentTime.isValid() ? plan->incidentTime.toUTC() : started;
    if (!m_params.incidentTime.isEmpty()) {
        incident = parseInputTime(m_params.incidentTime, m_params.config.timezone).toUTC();
        if (!incident.isValid())
            return fail(ErrorCode::Usage, tr("--incident-time \"%1\" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)").arg(m_params.incidentTime));
    }
    if (incident > started)
        return fail(ErrorCode::Usage, tr("the incident time %1 is after the drill's start %2: RTO is measured from the incident, so it must come first")
                                          .arg(isoUtcPrecise(incident), isoUtcPrecise(started)));
    m_record = DrillRecord();
    m_record.id = QStringLiteral("drill-%1").arg(started.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_record.plan = plan->name;
    m_record.planPath = plan->path;
    m_record.facilitator = m_params.facilitator;
    m_record.startedAt = started;
    m_record.incidentTime = incident;
    m_record.rtoObjectiveSeconds = plan->rtoObjectiveSeconds;
    m_record.rpoObjectiveSeconds = plan->rpoObjectiveSeconds;

    Scratch scratch;
    scratch.dir = std::make_unique<QTemporaryDir>(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-drill-XXXXXX")));
    if (!scratch.dir->isValid())
        return fail(ErrorCode::Failed, tr("cannot create a scratch folder in %1: %2 (free space there or set LIFEBOAT_TMPDIR)").arg(JobSupport::workDir(), scratch.dir->errorString()));
    if (::geteuid() == 0)
        if (const passwd *pw = ::getpwnam("postgres"))
            (void)::chown(QFile::encodeName(scratch.dir->path()).constData(), pw->pw_uid, pw->pw_gid); // PITR copies run as postgres

    bool failed = false;
    QDateTime lastVerified;
    for (int i = 0; i < plan->steps.size(); ++i) {
        const DrillStep &step = plan->steps.at(i);
        DrillStepRecord rec;
        rec.name = step.name;
        rec.kind = DrillStep::kindName(step.kind);
        rec.instructions = step.instructions;
        rec.checklist = step.checklist;
        if (!step.job.isEmpty() && !m_record.jobs.contains(step.job))
            m_record.jobs.append(step.job);
        if (step.isManual()) {
            if (!m_params.manual || failed) {
                rec.status = failed ? QStringLiteral("not-run") : QStringLiteral("skipped-manual");
                if (!failed)
                    rec.detail = tr("manual step: no one to do it in a headless run");
                m_record.steps.append(rec);
                emit stepEnded(i, rec.status, rec.seconds, rec.detail);
                continue;
            }
            emit stepBegan(i);
            rec.startedAt = Clock::instance().now().toUTC();
            const DrillParams::ManualAnswer answer = m_params.manual(step, i, int(plan->steps.size()));
            rec.finishedAt = Clock::instance().now().toUTC();
            rec.seconds = double(rec.startedAt.msecsTo(rec.finishedAt)) / 1000.0;
            rec.evidence = answer.evidence;
            QStringList open;
            for (const QString &item : step.checklist)
                if (!answer.confirmed.contains(item))
                    open.append(item);
            if (answer.abandoned || !open.isEmpty()) {
                rec.status = QStringLiteral("failed");
                rec.detail = answer.abandoned ? tr("stopped by the facilitator") : tr("not done: %1").arg(open.join(QStringLiteral("; ")));
                m_record.failedStep = step.name;
                failed = true;
            } else {
                rec.status = QStringLiteral("passed");
                rec.detail = step.checklist.isEmpty() ? tr("done") : tr("all %n item(s) done", nullptr, int(step.checklist.size()));
            }
            m_record.steps.append(rec);
            emit stepEnded(i, rec.status, rec.seconds, rec.detail);
            continue;
        }
        if (failed || isCancelled()) {
            rec.status = QStringLiteral("not-run");
            m_record.steps.append(rec);
            emit stepEnded(i, rec.status, rec.seconds, rec.detail);
            continue;
        }
        reportStep(tr("Step %1 of %2: %3").arg(i + 1).arg(plan->steps.size()).arg(step.name));
        emit stepBegan(i);
        rec.startedAt = Clock::instance().now().toUTC();
        QElapsedTimer timer;
        timer.start();
        auto outcome = runStep(step, i, scratch);
        rec.seconds = double(timer.nsecsElapsed()) / 1e9;
        rec.finishedAt = Clock::instance().now().toUTC();
        if (outcome) {
            rec.status = QStringLiteral("passed");
            rec.detail = *outcome;
            lastVerified = rec.finishedAt;
        } else {
            if (outcome.error().code == ErrorCode::Cancelled)
                return fail(outcome.error());
            rec.status = QStringLiteral("failed");
            rec.detail = outcome.error().message;
            m_record.failedStep = step.name;
            failed = true;
        }
        reportLog(QStringLiteral("%1: %2 (%3 s) %4").arg(step.name, rec.status).arg(rec.seconds, 0, 'f', 1).arg(rec.detail));
        m_record.steps.append(rec);
        emit stepEnded(i, rec.status, rec.seconds, rec.detail);
    }
    // RPO: the oldest "newest data" of all restores is how much the business would have lost.
    for (const RestoredTarget &t : std::as_const(scratch.targets))
        if (t.newestData.isValid() && (!m_record.newestData.isValid() || t.newestData < m_record.newestData))
            m_record.newestData = t.newestData;
    scratch.targets.clear(); // stops scratch servers before their folder goes
    m_record.finishedAt = Clock::instance().now().toUTC();
    if (!failed && lastVerified.isValid())
        m_record.rtoSeconds = double(incident.msecsTo(lastVerified)) / 1000.0;
    if (m_record.newestData.isValid())
        m_record.rpoSeconds = std::max(0.0, double(m_record.newestData.msecsTo(incident)) / 1000.0);
    m_record.rtoMet = m_record.rtoSeconds >= 0 && m_record.rtoSeconds <= double(m_record.rtoObjectiveSeconds);
    m_record.rpoMet = m_record.rpoSeconds >= 0 && m_record.rpoSeconds <= double(m_record.rpoObjectiveSeconds);
    m_record.status = !failed && m_record.rtoMet && m_record.rpoMet ? QStringLiteral("passed") : QStringLiteral("failed");
    if (!failed && !m_record.rtoMet)
        m_record.failedStep = m_record.rtoSeconds < 0 ? tr("no verification step passed") : tr("RTO objective");
    else if (!failed && !m_record.rpoMet)
        m_record.failedStep = m_record.rpoSeconds < 0 ? tr("nothing was restored (no RPO)") : tr("RPO objective");
    if (!m_params.facilitator.isEmpty()) {
        m_record.signedOffBy = m_params.facilitator;
        m_record.signedOffAt = m_record.finishedAt;
    }
    if (m_params.record) {
        auto catalog = JobSupport::catalog(m_params.config);
        if (!catalog)
            return fail(catalog.error());
        // Two drills in one second (a scheduled one next to a manual one) keep both records.
        const QString base = m_record.id;
        for (int n = 2;; ++n) {
            auto existing = (*catalog)->drill(m_record.id);
            if (!existing)
                return fail(existing.error());
            if (!existing->has_value())
                break;
            m_record.id = QStringLiteral("%1-%2").arg(base).arg(n);
        }
        LB_TRY((*catalog)->recordDrill(m_record));
        (void)(*catalog)->recordAudit(QStringLiteral("drill"), m_record.id,
                                      tr("plan \"%1\": %2%3").arg(m_record.plan, m_record.status, m_record.failedStep.isEmpty() ? QString() : tr(" at %1").arg(m_record.failedStep)));
    }
    return {};
}

} // namespace lifeboat
