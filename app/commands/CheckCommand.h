#pragma once

#include "Command.h"

namespace lifeboat {

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check that a job can run: its source, tools, keys and repository."); }
    QString usage() const override { return QStringLiteral("JOB"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
