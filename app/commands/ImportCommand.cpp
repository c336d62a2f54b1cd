#include "ImportCommand.h"

#include "appdata/AppTransferOperations.h"

#include <QJsonObject>

namespace lifeboat {

QString ImportCommand::summary() const
{
    return tr("Import an export file (Lifeboat's or the application's own) into an app-export job's database, atomically; --dry-run prints the plan.");
}

QString ImportCommand::usage() const
{
    return QStringLiteral("JOB FILE|BACKUP_ID [--dry-run] [--strategy skip|update|rename|fail|replace] [--types T,...] "
                          "[--no-backup-before-import] [--rekey-from-secret-file F --rekey-to-secret-file F]");
}

void ImportCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("An app-export job (its database is the target)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("An export file, or the id of an app-export backup (e.g. a safety export)."));
    parser.addOption({QStringLiteral("dry-run"), tr("Print the plan (create/update/skip/rename/conflict per entity) and write nothing.")});
    parser.addOption({QStringLiteral("strategy"),
                      tr("What to do with entities that exist already: skip, update (changed fields, links merged; default), rename "
                         "(<name>_imported_<n>), fail (abort before writing), replace (make the database equal to the file: the undo "
                         "of an import, from its safety export)."),
                      tr("S"), QStringLiteral("update")});
    parser.addOption({QStringLiteral("types"), tr("Only these entity types (comma-separated)."), tr("T,...")});
    parser.addOption({QStringLiteral("backup-before-import"), tr("Take a safety export of the database first (the default).")});
    parser.addOption({QStringLiteral("no-backup-before-import"), tr("Skip the safety export.")});
    parser.addOption({QStringLiteral("rekey-from-secret-file"), tr("File holding the secret the file's secrets are encrypted under."), tr("FILE")});
    parser.addOption({QStringLiteral("rekey-to-secret-file"), tr("File holding the target application's secret: secrets are re-encrypted for it."), tr("FILE")});
}

int ImportCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 2)
        return context.reportError({ErrorCode::Usage, tr("import takes JOB and FILE (see lifeboat-cli import --help)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    AppImportParams params;
    params.config = *config;
    params.job = parser.positionalArguments().at(0);
    params.input = parser.positionalArguments().at(1);
    params.options.strategy = parser.value(QStringLiteral("strategy"));
    for (const QString &v : parser.values(QStringLiteral("types")))
        for (const QString &t : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            params.options.types.append(t.trimmed());
    params.dryRun = parser.isSet(QStringLiteral("dry-run"));
    params.backupBefore = !parser.isSet(QStringLiteral("no-backup-before-import"));
    params.rekeyFromSecretFile = parser.value(QStringLiteral("rekey-from-secret-file"));
    params.rekeyToSecretFile = parser.value(QStringLiteral("rekey-to-secret-file"));
    if (!ImportPlanner::strategies().contains(params.options.strategy))
        return context.reportError({ErrorCode::Usage, tr("unknown strategy \"%1\" (use skip, update, rename, fail or replace)").arg(params.options.strategy), {}});

    AppImportOperation operation(params);
    auto status = context.runOperation(operation);
    const AppImportResult &r = operation.result();
    if (context.json && r.planned) {
        QJsonObject o = r.toJson();
        o.insert(QStringLiteral("dry_run"), params.dryRun);
        o.insert(QStringLiteral("status"), status ? QStringLiteral("ok") : QStringLiteral("failed"));
        if (!status)
            o.insert(QStringLiteral("error"), status.error().message);
        context.printJson(o);
    } else if (r.planned) {
        using A = ImportPlanEntry::Action;
        const ImportPlan &plan = r.plan;
        context.printLine(params.dryRun ? tr("Plan for importing %1 into %2 (strategy %3):").arg(r.input, r.database, plan.strategy)
                                        : tr("Importing %1 into %2 (strategy %3):").arg(r.input, r.database, plan.strategy));
        for (const ImportPlanEntry &e : plan.entries) {
            if (e.action == A::Unchanged && !context.verbose)
                continue;
            QString line = QStringLiteral("  %1 %2 %3").arg(ImportPlanEntry::actionName(e.action), -9).arg(e.type, -10).arg(e.label);
            if (!e.newLabel.isEmpty())
                line += tr(" -> %1").arg(e.newLabel);
            QStringList notes;
            if (!e.matched.isEmpty() && e.action != A::Delete)
                notes.append(tr("matched %1").arg(e.matched));
            if (e.action == A::Delete)
                notes.append(e.matched);
            if (!e.differences.isEmpty())
                notes.append(tr("differs: %1").arg(e.differences.join(QStringLiteral(", "))));
            if (!notes.isEmpty())
                line += QStringLiteral("  (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')');
            context.printLine(line);
        }
        if (plan.linksAdded() + plan.linksRemoved() > 0)
            context.printLine(tr("  links: %1 to add, %2 to remove").arg(plan.linksAdded()).arg(plan.linksRemoved()));
        for (const QString &w : plan.warnings)
            context.printNote(tr("warning: %1").arg(w));
        const QString counts = tr("create %1, update %2, unchanged %3, skip %4, rename %5, delete %6, conflict %7")
                                   .arg(plan.count(A::Create)).arg(plan.count(A::Update)).arg(plan.count(A::Unchanged)).arg(plan.count(A::Skip))
                                   .arg(plan.count(A::Rename)).arg(plan.count(A::Delete)).arg(plan.count(A::Conflict));
        if (params.dryRun)
            context.printLine(tr("Dry run, nothing written: %1.").arg(counts));
        else if (status && r.applied)
            context.printLine(tr("Imported in one transaction (%1): created %2, updated %3, skipped %4, renamed %5, deleted %6, failed 0.")
                                  .arg(r.importId).arg(plan.count(A::Create)).arg(plan.count(A::Update))
                                  .arg(plan.count(A::Skip) + plan.count(A::Unchanged)).arg(plan.count(A::Rename)).arg(plan.count(A::Delete)));
        else if (status)
            context.printLine(tr("Nothing to change: %1.").arg(counts));
        if (!r.safetyBackupId.isEmpty())
            context.printLine(tr("Safety export: %1 (undo with: lifeboat-cli import %2 %1 --strategy replace)").arg(r.safetyBackupId, params.job));
    }
    if (!status)
        return context.reportError(status.error());
    return 0;
}

} // namespace lifeboat
