#include "ShowCommand.h"

#include "ListCommand.h"
#include "catalog/Catalog.h"
#include "jobs/JobSupport.h"

#include <QJsonDocument>

namespace lifeboat {

void ShowCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The backup id, as \"list\" prints it."));
}

int ShowCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("show takes exactly one backup ID"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    auto catalog = JobSupport::catalog(*config);
    if (!catalog)
        return context.reportError(catalog.error());
    auto entry = (*catalog)->findBackup(parser.positionalArguments().first());
    if (!entry)
        return context.reportError(entry.error());
    const QJsonObject json = ListCommand::entryJson(*entry, *config);
    if (context.json)
        context.printJson(json);
    else
        context.printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

} // namespace lifeboat
