#pragma once

#include "Command.h"

namespace lifeboat {

class CatalogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override { return tr("catalog rebuild: recreate the catalog from all configured repositories."); }
    QString usage() const override { return QStringLiteral("rebuild"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
