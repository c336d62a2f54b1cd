#pragma once

#include "Command.h"

namespace lifeboat {

// `timeline JOB [--from TS] [--to TS]`: updates the WAL event index, then lists commits and
// destructive operations (or commits per minute with --summary).
class TimelineCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCommand)

public:
    QString name() const override { return QStringLiteral("timeline"); }
    QString summary() const override { return tr("WAL events: commits (time, xid, LSN) and destructive operations (DROP, TRUNCATE, mass DELETE)."); }
    QString usage() const override { return QStringLiteral("JOB [--from TS] [--to TS]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
