#pragma once

#include "Command.h"

namespace lifeboat {

// `wal-push-helper JOB PG_WAL`: the resident archive helper (WalPushHelper). wal-push starts
// it; it is not for users, so it stays out of the command list.
class WalPushHelperCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WalPushHelperCommand)

public:
    QString name() const override { return QStringLiteral("wal-push-helper"); }
    QString summary() const override { return tr("The resident archive helper that wal-push starts (internal)."); }
    QString usage() const override { return QStringLiteral("JOB PG_WAL"); }
    bool internal() const override { return true; }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
