#pragma once

#include "Command.h"

namespace lifeboat {

class WalPushCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WalPushCommand)

public:
    QString name() const override { return QStringLiteral("wal-push"); }
    QString summary() const override { return tr("Archive one WAL file (archive_command = 'lifeboat-cli wal-push JOB %p')."); }
    QString usage() const override { return QStringLiteral("JOB PATH"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
