#pragma once

#include "Command.h"

namespace lifeboat {

class WalFetchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WalFetchCommand)

public:
    QString name() const override { return QStringLiteral("wal-fetch"); }
    QString summary() const override { return tr("Fetch one archived WAL file (restore_command = 'lifeboat-cli wal-fetch JOB %f %p'); exit 1 when it does not exist."); }
    QString usage() const override { return QStringLiteral("JOB NAME DEST"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
