#pragma once

#include "Command.h"

namespace lifeboat {

class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Show one backup's metadata."); }
    QString usage() const override { return QStringLiteral("ID"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
