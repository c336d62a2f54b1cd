#include "PruneCommand.h"

#include "retention/PruneOperation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

void PruneCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("job"), tr("Only this job (default: every job)."), tr("JOB")});
    parser.addOption({QStringLiteral("dry-run"), tr("List what would be removed; remove nothing.")});
}

int PruneCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.reportError({ErrorCode::Usage, tr("prune takes no arguments (use --job JOB)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    PruneOperation operation({*config, parser.value(QStringLiteral("job")), parser.isSet(QStringLiteral("dry-run"))});
    auto status = context.runOperation(operation);
    if (!status)
        return context.reportError(status.error());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (context.json) {
        QJsonArray kept;
        QJsonArray removed;
        QJsonArray wal;
        QJsonArray copies;
        for (const PruneJobResult &r : operation.results()) {
            for (auto it = r.copiesRemoved.cbegin(); it != r.copiesRemoved.cend(); ++it)
                for (const QString &id : it.value())
                    copies.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("job"), r.job}, {QStringLiteral("repository"), it.key()}});
            for (const RetentionPlan::Kept &k : r.plan.kept)
                kept.append(QJsonObject{{QStringLiteral("id"), k.backup.id}, {QStringLiteral("job"), r.job}, {QStringLiteral("reasons"), QJsonArray::fromStringList(k.reasons)}});
            for (const BackupMetadata &b : r.plan.removed)
                removed.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("job"), r.job}});
            for (const QString &name : r.walRemoved)
                wal.append(QJsonObject{{QStringLiteral("wal"), name}, {QStringLiteral("job"), r.job}});
        }
        context.printJson(QJsonObject{{QStringLiteral("dry_run"), dryRun}, {QStringLiteral("kept"), kept}, {QStringLiteral("removed"), removed}, {QStringLiteral("wal_removed"), wal},
                                      {QStringLiteral("copies_removed"), copies}});
        return 0;
    }
    for (const PruneJobResult &r : operation.results()) {
        context.printLine(tr("Job %1: %2 kept, %3 %4").arg(r.job).arg(r.plan.kept.size()).arg(r.plan.removed.size()).arg(dryRun ? tr("would be removed") : tr("removed")));
        for (const RetentionPlan::Kept &k : r.plan.kept)
            context.printLine(tr("  keep   %1 (%2)").arg(k.backup.id, k.reasons.join(QStringLiteral(", "))));
        for (const BackupMetadata &b : r.plan.removed)
            context.printLine((dryRun ? tr("  would remove %1") : tr("  removed %1")).arg(b.id));
        for (auto it = r.copiesRemoved.cbegin(); it != r.copiesRemoved.cend(); ++it)
            for (const QString &id : it.value())
                context.printLine((dryRun ? tr("  would remove the copy of %1 in repository %2") : tr("  removed the copy of %1 in repository %2")).arg(id, it.key()));
        if (!r.walRemoved.isEmpty())
            context.printLine((dryRun ? tr("  would remove %n WAL file(s) before %1 (%2 to %3)", nullptr, int(r.walRemoved.size()))
                                      : tr("  removed %n WAL file(s) before %1 (%2 to %3)", nullptr, int(r.walRemoved.size())))
                                  .arg(r.walKeptFrom, r.walRemoved.first(), r.walRemoved.last()));
    }
    return 0;
}

} // namespace lifeboat
