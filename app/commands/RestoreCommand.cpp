#include "RestoreCommand.h"

#include "jobs/RestoreOperation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

void RestoreCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The backup to restore."));
    parser.addOption({QStringLiteral("to"),
                      tr("Target: a file path (SQLite), a database name or conninfo (PostgreSQL). Default: a new "
                         "file beside the job's database, or a new database DB_restored_YYYYMMDD_HHMMSS."),
                      tr("TARGET")});
    parser.addOption({QStringLiteral("overwrite"), tr("Replace an existing target; a safety backup of it is taken first.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the backup and print the plan; change nothing.")});
    parser.addOption({QStringLiteral("terminate-connections"),
                      tr("PostgreSQL with --overwrite: end other sessions on the target database instead of refusing.")});
    parser.addOption({QStringLiteral("jobs"), tr("PostgreSQL: pg_restore workers (default: the job's parallel)."), tr("N")});
    parser.addOption({QStringLiteral("tables"),
                      tr("PostgreSQL: restore only these tables' rows (comma-separated, schema.table or table); every "
                         "definition is restored, other tables stay empty."),
                      tr("LIST")});
    parser.addOption({QStringLiteral("with-globals"),
                      tr("PostgreSQL: first create the roles and tablespaces stored with the backup (jobs with globals = true).")});
    parser.addOption({QStringLiteral("schema-only"), tr("PostgreSQL: restore definitions only, no rows.")});
    parser.addOption({QStringLiteral("data-only"),
                      tr("PostgreSQL: load rows into the empty tables of the existing database named by --to, in one transaction.")});
}

int RestoreCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("restore takes exactly one backup ID"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    RestoreParams params{*config, parser.positionalArguments().first(), parser.value(QStringLiteral("to")),
                         parser.isSet(QStringLiteral("overwrite")), parser.isSet(QStringLiteral("dry-run")),
                         parser.isSet(QStringLiteral("terminate-connections")), 0, {}, false, false, false};
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        params.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || params.jobs < 1 || params.jobs > 64)
            return context.reportError({ErrorCode::Usage, tr("--jobs takes a number from 1 to 64"), {}});
    }
    params.tables = parser.value(QStringLiteral("tables")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("tables")) && params.tables.isEmpty())
        return context.reportError({ErrorCode::Usage, tr("--tables needs at least one table name"), {}});
    params.schemaOnly = parser.isSet(QStringLiteral("schema-only"));
    params.dataOnly = parser.isSet(QStringLiteral("data-only"));
    params.withGlobals = parser.isSet(QStringLiteral("with-globals"));
    RestoreOperation operation(params);
    auto status = context.runOperation(operation);
    if (!status)
        return context.reportError(status.error());
    const RestoreResult &r = operation.result();
    if (context.json) {
        QJsonObject tables;
        for (auto it = r.tables.cbegin(); it != r.tables.cend(); ++it)
            tables.insert(it.key(), it.value());
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("target"), r.target},
                      {QStringLiteral("dry_run"), params.dryRun},
                      {QStringLiteral("overwritten"), r.overwritten},
                      {QStringLiteral("plan"), QJsonArray::fromStringList(r.plan)},
                      {QStringLiteral("tables"), tables}};
        if (!r.safetyBackupId.isEmpty())
            o.insert(QStringLiteral("safety_backup"), r.safetyBackupId);
        context.printJson(o);
    } else if (params.dryRun) {
        context.printLine(tr("Plan for restoring %1 (dry run, nothing changed):").arg(r.id));
        for (const QString &step : r.plan)
            context.printLine(QStringLiteral("  - ") + step);
    } else {
        context.printLine(tr("Restored %1 into %2").arg(r.id, r.target));
        if (!r.safetyBackupId.isEmpty())
            context.printLine(tr("  the previous file was saved first as backup %1").arg(r.safetyBackupId));
    }
    return 0;
}

} // namespace lifeboat
