#include "WalPushCommand.h"

#include "wal/WalPushHelper.h"
#include "wal/WalPusher.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

void WalPushCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("A postgresql-cluster job."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The WAL file (%p), relative to the data directory."));
}

int WalPushCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.reportError({ErrorCode::Usage, tr("wal-push takes JOB and PATH"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    const QString configArgument = context.configPath.isEmpty() ? qEnvironmentVariable("LIFEBOAT_CONFIG") : context.configPath;
    auto pushed = WalPusher::push(*config, args.at(0), args.at(1), configArgument);
    if (!pushed)
        return context.reportError(pushed.error());
    if (!pushed->helperWalDir.isEmpty())
        WalPushHelper::startDetached(configArgument, args.at(0), pushed->helperWalDir);
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("wal"), pushed->name},
                                      {QStringLiteral("already_archived"), pushed->alreadyStored},
                                      {QStringLiteral("pushed_ahead"), QJsonArray::fromStringList(pushed->pushedAhead)}});
    else if (context.verbose)
        context.printNote(pushed->alreadyStored ? tr("%1 was already archived").arg(pushed->name)
                                                : tr("archived %1 (and %2 waiting files ahead)").arg(pushed->name).arg(pushed->pushedAhead.size()));
    return 0;
}

} // namespace lifeboat
