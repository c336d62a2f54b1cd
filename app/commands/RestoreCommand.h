#pragma once

#include "Command.h"

namespace lifeboat {

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return tr("Restore a backup into a new target (or --overwrite, after a safety backup)."); }
    QString usage() const override { return QStringLiteral("ID [--to TARGET] [--overwrite [--terminate-connections]] [--dry-run]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
