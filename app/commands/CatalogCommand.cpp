#include "CatalogCommand.h"

#include "jobs/CatalogRebuildOperation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

void CatalogCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("rebuild"), tr("Recreate the catalog from the repositories' sidecars."));
}

int CatalogCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("rebuild")})
        return context.reportError({ErrorCode::Usage, tr("usage: lifeboat-cli catalog rebuild"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    CatalogRebuildOperation operation(*config);
    auto status = context.runOperation(operation);
    if (!status)
        return context.reportError(status.error());
    const CatalogRebuildResult &r = operation.result();
    if (context.json) {
        QJsonObject o{{QStringLiteral("backups"), r.backups}, {QStringLiteral("repositories"), QJsonArray::fromStringList(r.repositories)}};
        if (!r.setAside.isEmpty())
            o.insert(QStringLiteral("damaged_catalog_moved_to"), r.setAside);
        context.printJson(o);
    } else {
        context.printLine(tr("Catalog rebuilt: %n backup(s) from repositories %1", nullptr, r.backups)
                              .arg(r.repositories.join(QStringLiteral(", "))));
    }
    return 0;
}

} // namespace lifeboat
