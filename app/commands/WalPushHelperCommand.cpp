#include "WalPushHelperCommand.h"

#include "config/ConfigLoader.h"
#include "wal/WalPushHelper.h"

#include <QFileInfo>

namespace lifeboat {

void WalPushHelperCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("A postgresql-cluster job."));
    parser.addPositionalArgument(QStringLiteral("PG_WAL"), tr("The server's pg_wal folder."));
    parser.addOption({QStringLiteral("idle"), tr("Stop after this many seconds without a .ready file."), tr("SECONDS"),
                      QString::number(WalPushHelper::kIdleSeconds)});
}

int WalPushHelperCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.reportError({ErrorCode::Usage, tr("wal-push-helper takes JOB and PG_WAL"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    WalPushHelper::Options options;
    options.job = args.at(0);
    options.walDir = QFileInfo(args.at(1)).absoluteFilePath();
    options.configFile = ConfigLoader::resolvePath(context.configPath);
    options.configArgument = context.configPath.isEmpty() ? qEnvironmentVariable("LIFEBOAT_CONFIG") : context.configPath;
    options.idleSeconds = qMax(1, parser.value(QStringLiteral("idle")).toInt());
    auto stopped = WalPushHelper::run(*config, options);
    return stopped ? 0 : context.reportError(stopped.error());
}

} // namespace lifeboat
