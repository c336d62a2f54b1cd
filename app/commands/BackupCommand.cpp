#include "BackupCommand.h"

#include "jobs/BackupOperation.h"

namespace lifeboat {

void BackupCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("The job to back up, as named in the config."));
    parser.addOption({QStringLiteral("label"), tr("A label stored with the backup."), tr("TEXT")});
    parser.addOption({QStringLiteral("keep-forever"), tr("Pin the backup: retention never removes it.")});
}

int BackupCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("backup takes exactly one JOB (see lifeboat-cli backup --help)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    BackupParams params{*config, parser.positionalArguments().first(), parser.value(QStringLiteral("label")),
                        parser.isSet(QStringLiteral("keep-forever")), {}, {}};
    BackupOperation operation(params);
    auto status = context.runOperation(operation);
    if (!status)
        return context.reportError(status.error());
    const BackupMetadata &meta = operation.result().meta;
    if (context.json) {
        context.printJson(meta.toJson());
    } else {
        context.printLine(tr("Backed up %1 to %2 in repository \"%3\"").arg(meta.job, meta.artifact, operation.result().repository));
        context.printLine(tr("  %1 from %2 in %3 s, verification: %4")
                              .arg(humanBytes(meta.sizeBytes), humanBytes(meta.sourceBytes))
                              .arg(meta.durationSeconds, 0, 'f', 2)
                              .arg(meta.verification.value(QStringLiteral("status")).toString(tr("not run"))));
    }
    return 0;
}

} // namespace lifeboat
