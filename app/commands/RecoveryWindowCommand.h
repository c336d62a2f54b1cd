#pragma once

#include "Command.h"

namespace lifeboat {

class RecoveryWindowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryWindowCommand)

public:
    QString name() const override { return QStringLiteral("recovery-window"); }
    QString summary() const override { return tr("Earliest and latest recoverable time per timeline, and any WAL gaps."); }
    QString usage() const override { return QStringLiteral("JOB"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
