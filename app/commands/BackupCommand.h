#pragma once

#include "Command.h"

namespace lifeboat {

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return tr("Back up a job now; --json prints the backup's metadata."); }
    QString usage() const override { return QStringLiteral("JOB [--label TEXT] [--keep-forever]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
