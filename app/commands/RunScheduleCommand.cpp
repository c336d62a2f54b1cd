#include "RunScheduleCommand.h"

#include "common/Clock.h"
#include "schedule/RunScheduleOperation.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonObject>
#include <atomic>
#include <csignal>

namespace lifeboat {

namespace {

std::atomic<RunScheduleOperation *> scheduler{nullptr};

// Async-signal-safe: each only sets an atomic flag the operation polls.
void onTerminate(int)
{
    if (RunScheduleOperation *op = scheduler.load())
        op->requestStop();
}

void onHangUp(int)
{
    if (RunScheduleOperation *op = scheduler.load())
        op->requestReload();
}

QJsonObject toJson(const ScheduledRun &s)
{
    const Catalog::Run &r = s.run;
    return QJsonObject{{QStringLiteral("job"), r.job},
                       {QStringLiteral("task"), r.task},
                       {QStringLiteral("trigger"), r.trigger},
                       {QStringLiteral("scheduled_for"), isoUtc(r.scheduledFor)},
                       {QStringLiteral("started_at"), isoUtc(r.startedAt)},
                       {QStringLiteral("finished_at"), isoUtc(r.finishedAt)},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("backup_id"), r.backupId},
                       {QStringLiteral("size_bytes"), r.sizeBytes},
                       {QStringLiteral("missed_runs"), s.missedRuns}};
}

QString describe(const ScheduledRun &s)
{
    const Catalog::Run &r = s.run;
    const QString what = r.task == QLatin1String("scan")    ? RunScheduleCommand::tr("scan %1").arg(r.job)
                         : r.task == QLatin1String("drill") ? RunScheduleCommand::tr("drill %1").arg(r.job)
                                                            : RunScheduleCommand::tr("backup %1").arg(r.job);
    if (r.status == QLatin1String("ok") && r.task == QLatin1String("drill"))
        return RunScheduleCommand::tr("%1: passed, %2 (lifeboat-cli drill show %2)").arg(what, r.backupId);
    if (r.status == QLatin1String("ok"))
        return r.task == QLatin1String("scan")
                   ? RunScheduleCommand::tr("%1: ok, %2 backups match their checksums").arg(what).arg(r.sizeBytes)
                   : RunScheduleCommand::tr("%1: ok, %2 (%3)").arg(what, r.backupId, humanBytes(r.sizeBytes));
    return RunScheduleCommand::tr("%1: %2: %3").arg(what, r.status, r.error);
}

// Worst first: integrity (3), then failure (1), then busy (4).
int exitCodeFor(const QList<ScheduledRun> &runs)
{
    int code = 0;
    for (const ScheduledRun &s : runs) {
        const QString &st = s.run.status;
        if (st == QLatin1String("corrupt"))
            code = 3;
        else if (st == QLatin1String("failed") && code != 3)
            code = 1;
        else if (st == QLatin1String("busy") && code == 0)
            code = 4;
    }
    return code;
}

} // namespace

void RunScheduleCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("daemon"), tr("Keep running: wake at each next scheduled time.")});
    parser.addOption({QStringLiteral("metrics-listen"), tr("With --daemon: serve Prometheus metrics at http://ADDR:PORT/metrics (\":PORT\" listens on loopback only)."),
                      tr("ADDR:PORT")});
}

int RunScheduleCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.reportError({ErrorCode::Usage, tr("--run-schedule takes no arguments (see lifeboat-cli --run-schedule --help)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    RunScheduleParams params;
    params.config = *config;
    params.daemon = parser.isSet(QStringLiteral("daemon"));
    params.metricsListen = parser.value(QStringLiteral("metrics-listen"));
    params.onRunFinished = [&context](const ScheduledRun &run) {
        if (!context.json)
            context.printLine(describe(run));
    };
    RunScheduleOperation operation(params);

    struct sigaction term = {};
    struct sigaction hup = {};
    struct sigaction previousTerm = {};
    struct sigaction previousHup = {};
    term.sa_handler = &onTerminate;
    hup.sa_handler = &onHangUp;
    sigemptyset(&term.sa_mask);
    sigemptyset(&hup.sa_mask);
    scheduler.store(&operation);
    sigaction(SIGTERM, &term, &previousTerm);
    sigaction(SIGHUP, &hup, &previousHup);
    // SIGTERM finishes the running job (systemd stop, Kubernetes pod shutdown); SIGINT cancels.
    auto status = context.runOperation(operation, CliContext::SigTerm::Keep);
    sigaction(SIGTERM, &previousTerm, nullptr);
    sigaction(SIGHUP, &previousHup, nullptr);
    scheduler.store(nullptr);

    if (context.json) {
        QJsonArray runs;
        for (const ScheduledRun &run : operation.runs())
            runs.append(toJson(run));
        context.printJson(QJsonObject{{QStringLiteral("runs"), runs}, {QStringLiteral("next_run"), isoUtc(operation.nextWake())}});
    } else if (operation.runs().isEmpty() && status && !params.daemon) {
        context.printLine(operation.nextWake().isValid() ? tr("Nothing is due; next scheduled run at %1").arg(isoUtc(operation.nextWake()))
                                                         : tr("Nothing is due and no job has a schedule (set schedule = \"0 2 * * *\" in a job)"));
    }
    if (!status)
        return context.reportError(status.error());
    const int code = exitCodeFor(operation.runs());
    QList<const ScheduledRun *> notOk;
    for (const ScheduledRun &run : operation.runs())
        if (run.run.status != QLatin1String("ok") && run.run.status != QLatin1String("skipped"))
            notOk.append(&run);
    if (code != 0 && !notOk.isEmpty()) {
        // The one line names the run that decided the exit code, then how many more were not ok.
        const QString decisive = code == 3 ? QStringLiteral("corrupt") : code == 1 ? QStringLiteral("failed") : QStringLiteral("busy");
        const auto it = std::find_if(notOk.begin(), notOk.end(), [&](const ScheduledRun *r) { return r->run.status == decisive; });
        QString line = describe(**(it != notOk.end() ? it : notOk.begin()));
        if (notOk.size() > 1)
            line += tr(" (and %n more run(s) not ok)", nullptr, int(notOk.size()) - 1);
        return context.reportError({code == 3 ? ErrorCode::Corrupt : code == 4 ? ErrorCode::Busy : ErrorCode::Failed, line, {}});
    }
    return 0;
}

} // namespace lifeboat
