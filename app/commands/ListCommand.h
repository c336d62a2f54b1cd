#pragma once

#include "Command.h"

namespace lifeboat {

struct CatalogEntry;

class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List backups in the catalog, newest first."); }
    QString usage() const override { return QStringLiteral("[--job JOB]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;

    // The catalog's view of a backup: the sidecar plus repository and latest verification.
    static QJsonObject entryJson(const CatalogEntry &entry, const Config &config);
};

} // namespace lifeboat
