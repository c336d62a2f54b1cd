#pragma once

#include "Command.h"

namespace lifeboat {

class PitrCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PitrCommand)

public:
    QString name() const override { return QStringLiteral("pitr"); }
    QString summary() const override { return tr("Point-in-time recovery of a postgresql-cluster job into an empty data folder."); }
    QString usage() const override
    {
        return QStringLiteral("JOB --pgdata DIR (--time TS | --xid N | --lsn LSN | --name NAME | --immediate | --latest) "
                              "[--exclusive] [--action promote|pause|shutdown] [--start --port N]");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
