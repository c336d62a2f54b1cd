#pragma once

#include "Command.h"

namespace lifeboat {

// `drill run PLAN [--facilitator NAME] [--incident-time TS]`, `drill list`, `drill show ID`.
class DrillCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DrillCommand)

public:
    QString name() const override { return QStringLiteral("drill"); }
    QString summary() const override { return tr("Disaster-recovery drills: run a plan, list past drills, show one."); }
    QString usage() const override { return QStringLiteral("(run PLAN [--facilitator NAME] [--incident-time TS] [--interactive] | list | show ID)"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
