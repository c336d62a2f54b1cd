#include "DemoCommand.h"

#include "demo/DemoWorkspace.h"

#include <QJsonObject>

namespace lifeboat {

void DemoCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("init"), tr("Create the demo workspace if it is missing."));
    parser.addOption({QStringLiteral("reset"), tr("Delete the demo workspace (its backups too) and create it anew.")});
}

int DemoCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")})
        return context.reportError({ErrorCode::Usage, tr("usage: lifeboat-cli demo init [--reset]"), {}});
    auto path = DemoWorkspace::ensure(parser.isSet(QStringLiteral("reset")));
    if (!path)
        return context.reportError(path.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("config"), *path}, {QStringLiteral("directory"), DemoWorkspace::directory()}});
    else
        context.printLine(*path);
    return 0;
}

} // namespace lifeboat
