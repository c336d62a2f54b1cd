#include "RecoveryWindowCommand.h"

#include "common/Clock.h"
#include "wal/RecoveryWindow.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

void RecoveryWindowCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("A postgresql-cluster job."));
}

int RecoveryWindowCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("recovery-window takes exactly one JOB"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    const QString job = parser.positionalArguments().first();
    auto window = RecoveryWindow::forJob(*config, job);
    if (!window)
        return context.reportError(window.error());
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(isoUtcPrecise(t)) : QJsonValue(); };
    if (context.json) {
        QJsonArray timelines;
        for (const RecoveryWindow::Timeline &t : window->timelines) {
            QJsonArray gaps;
            for (const RecoveryWindow::Gap &g : t.gaps)
                gaps.append(QJsonObject{{QStringLiteral("from"), g.from}, {QStringLiteral("to"), g.to}});
            QJsonObject o{{QStringLiteral("timeline"), qint64(t.timeline)},
                          {QStringLiteral("earliest"), time(t.earliest)},
                          {QStringLiteral("latest"), time(t.latest)},
                          {QStringLiteral("latest_exact"), t.exact},
                          {QStringLiteral("first_wal"), t.firstWal},
                          {QStringLiteral("last_wal"), t.lastWal},
                          {QStringLiteral("wal_files"), t.segments},
                          {QStringLiteral("gaps"), gaps}};
            if (t.parent)
                o.insert(QStringLiteral("parent"), qint64(t.parent)), o.insert(QStringLiteral("switch_lsn"), Lsn::format(t.switchLsn));
            timelines.append(o);
        }
        QJsonArray backups;
        for (const RecoveryWindow::Span &s : window->spans)
            backups.append(QJsonObject{{QStringLiteral("id"), s.backup.id},
                                       {QStringLiteral("timeline"), qint64(s.backupTimeline)},
                                       {QStringLiteral("earliest"), time(s.earliest)},
                                       {QStringLiteral("latest"), time(s.latest)},
                                       {QStringLiteral("latest_exact"), s.exact},
                                       {QStringLiteral("last_wal"), s.lastWal}});
        context.printJson(QJsonObject{{QStringLiteral("job"), job}, {QStringLiteral("timelines"), timelines}, {QStringLiteral("base_backups"), backups}});
        return 0;
    }
    if (window->timelines.isEmpty()) {
        context.printLine(tr("Job %1 has no base backups and no archived WAL yet: nothing is recoverable.").arg(job));
        return 0;
    }
    context.printLine(tr("Recovery window of job %1 (repository %2):").arg(job, window->repositoryName));
    for (const RecoveryWindow::Timeline &t : window->timelines) {
        const QString from = t.parent ? tr(" (branched from timeline %1 at %2)").arg(t.parent).arg(Lsn::format(t.switchLsn)) : QString();
        if (t.earliest.isValid())
            context.printLine(tr("  timeline %1%2: %3 to %4%5").arg(t.timeline).arg(from, isoUtcPrecise(t.earliest), isoUtcPrecise(t.latest),
                                                                                     t.exact ? QString() : tr(" (approximate: the WAL could not be read without the secret key)")));
        else
            context.printLine(tr("  timeline %1%2: no base backup to start from").arg(t.timeline).arg(from));
        if (t.segments > 0)
            context.printLine(tr("    %n archived WAL segment(s), %1 to %2", nullptr, t.segments).arg(t.firstWal, t.lastWal));
        for (const RecoveryWindow::Gap &g : t.gaps)
            context.printLine(tr("    gap: %1 to %2 missing (recovery cannot pass it)").arg(g.from, g.to));
    }
    return 0;
}

} // namespace lifeboat
