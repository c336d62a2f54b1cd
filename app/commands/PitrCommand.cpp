#include "PitrCommand.h"

#include "common/Clock.h"
#include "wal/PitrOperation.h"

#include <QJsonObject>

namespace lifeboat {

void PitrCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("A postgresql-cluster job."));
    parser.addOption({QStringLiteral("pgdata"), tr("The new data folder (must be empty or not exist)."), tr("DIR")});
    parser.addOption({QStringLiteral("time"), tr("Recover to this time (ISO 8601; without offset in the config's timezone)."), tr("TS")});
    parser.addOption({QStringLiteral("xid"), tr("Recover to the commit of this transaction."), tr("N")});
    parser.addOption({QStringLiteral("lsn"), tr("Recover to this WAL position."), tr("LSN")});
    parser.addOption({QStringLiteral("name"), tr("Recover to this restore point (pg_create_restore_point)."), tr("NAME")});
    parser.addOption({QStringLiteral("immediate"), tr("Recover only until the base backup is consistent.")});
    parser.addOption({QStringLiteral("latest"), tr("Recover to the end of the archived WAL.")});
    parser.addOption({QStringLiteral("before-event"), tr("Recover to just before a destructive operation listed by \"timeline\" (its id)."), tr("ID")});
    parser.addOption({QStringLiteral("exclusive"), tr("Stop just before the target instead of just after it.")});
    parser.addOption({QStringLiteral("action"), tr("What the server does at the target: promote (default), pause or shutdown."), tr("ACTION")});
    parser.addOption({QStringLiteral("start"), tr("Start the recovered server and wait until it reached the target.")});
    parser.addOption({QStringLiteral("port"), tr("Port for the recovered server (with --start)."), tr("N")});
    parser.addOption({QStringLiteral("keep-archiving"), tr("Leave archive_mode as in the backup (by default the recovered copy does not archive).")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the target against the recovery window and name the base backup; write nothing.")});
}

int PitrCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("pitr takes exactly one JOB"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    PitrParams params;
    params.config = *config;
    params.job = parser.positionalArguments().first();
    params.pgdata = parser.value(QStringLiteral("pgdata"));
    using T = PitrParams::Target;
    const QList<QPair<QString, T>> targets{{QStringLiteral("time"), T::Time},   {QStringLiteral("xid"), T::Xid},
                                           {QStringLiteral("lsn"), T::Lsn},     {QStringLiteral("name"), T::Name},
                                           {QStringLiteral("immediate"), T::Immediate}, {QStringLiteral("latest"), T::Latest}};
    int chosen = 0;
    for (const auto &t : targets)
        if (parser.isSet(t.first)) {
            ++chosen;
            params.target = t.second;
            params.value = parser.value(t.first);
        }
    if (parser.isSet(QStringLiteral("before-event"))) {
        ++chosen;
        bool ok = false;
        params.beforeEvent = parser.value(QStringLiteral("before-event")).toLongLong(&ok);
        if (!ok || params.beforeEvent < 1)
            return context.reportError({ErrorCode::Usage, tr("--before-event takes an event id from \"lifeboat-cli timeline JOB\""), {}});
        params.target = T::Xid;
    }
    if (chosen != 1)
        return context.reportError({ErrorCode::Usage, tr("pitr needs exactly one target: --time, --xid, --lsn, --name, --before-event, --immediate or --latest"), {}});
    params.exclusive = parser.isSet(QStringLiteral("exclusive"));
    if (parser.isSet(QStringLiteral("action")))
        params.action = parser.value(QStringLiteral("action"));
    params.start = parser.isSet(QStringLiteral("start"));
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        params.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || params.port < 1 || params.port > 65535)
            return context.reportError({ErrorCode::Usage, tr("--port takes a number from 1 to 65535"), {}});
    }
    params.keepArchiving = parser.isSet(QStringLiteral("keep-archiving"));
    params.dryRun = parser.isSet(QStringLiteral("dry-run"));

    PitrOperation operation(params);
    auto status = context.runOperation(operation);
    if (!status)
        return context.reportError(status.error());
    const PitrResult &r = operation.result();
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(isoUtcPrecise(t)) : QJsonValue(); };
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("job"), params.job},
                                      {QStringLiteral("pgdata"), r.pgdata},
                                      {QStringLiteral("base_backup"), r.backupId},
                                      {QStringLiteral("dry_run"), params.dryRun},
                                      {QStringLiteral("target"), r.targetSetting},
                                      {QStringLiteral("window_earliest"), time(r.windowEarliest)},
                                      {QStringLiteral("window_latest"), time(r.windowLatest)},
                                      {QStringLiteral("lay_down_seconds"), r.layDownSeconds},
                                      {QStringLiteral("started"), r.started},
                                      {QStringLiteral("state"), r.state},
                                      {QStringLiteral("reached_time"), time(r.reachedTime)},
                                      {QStringLiteral("reached_lsn"), r.reachedLsn},
                                      {QStringLiteral("server_stop_line"), r.stopLine},
                                      {QStringLiteral("recovery_seconds"), r.recoverySeconds},
                                      {QStringLiteral("before_event"), r.eventSummary}});
        return 0;
    }
    if (!r.eventSummary.isEmpty())
        context.printLine(tr("Recovering to just before event %1.").arg(r.eventSummary));
    if (params.dryRun) {
        context.printLine(tr("Would recover job %1 from base backup %2 into %3 (dry run, nothing written).").arg(params.job, r.backupId, r.pgdata));
        return 0;
    }
    context.printLine(tr("Laid down base backup %1 in %2 (%3 s) with recovery settings%4.")
                          .arg(r.backupId, r.pgdata)
                          .arg(r.layDownSeconds, 0, 'f', 1)
                          .arg(r.targetSetting.isEmpty() ? QString() : QStringLiteral(" (") + r.targetSetting + QLatin1Char(')')));
    if (!r.started) {
        context.printLine(tr("Start it with: pg_ctl -D %1 start   (as the data folder's owner)").arg(r.pgdata));
        return 0;
    }
    const QString state = r.state == QLatin1String("promoted") ? tr("promoted, open for writes")
                        : r.state == QLatin1String("paused")  ? tr("paused at the target (check the data, then SELECT pg_wal_replay_resume() to promote)")
                                                              : tr("shut down at the target");
    context.printLine(tr("Recovery finished in %1 s; server %2.").arg(r.recoverySeconds, 0, 'f', 1).arg(state));
    if (!r.stopLine.isEmpty())
        context.printLine(tr("  server: %1").arg(r.stopLine));
    context.printLine(tr("  reached: last replayed commit at %1, LSN %2").arg(r.reachedTime.isValid() ? isoUtcPrecise(r.reachedTime) : tr("(none)"), r.reachedLsn));
    return 0;
}

} // namespace lifeboat
