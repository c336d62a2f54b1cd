#pragma once

#include "Command.h"

namespace lifeboat {

class PruneCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PruneCommand)

public:
    QString name() const override { return QStringLiteral("prune"); }
    QString summary() const override { return tr("Apply retention: remove backups no rule keeps, and WAL older than the oldest kept base backup."); }
    QString usage() const override { return QStringLiteral("[--job JOB] [--dry-run]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
