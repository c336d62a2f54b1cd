#pragma once

#include "Command.h"

namespace lifeboat {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("demo init: create the bundled demo workspace and print its config path."); }
    QString usage() const override { return QStringLiteral("init [--reset]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
