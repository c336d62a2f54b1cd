#pragma once

#include "Command.h"

namespace lifeboat {

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("Verify backups; exits 3 if any fails."); }
    QString usage() const override { return QStringLiteral("(ID... | --job JOB | --all) [--level checksum|decode|format|restore]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
