#pragma once

#include "Command.h"

namespace lifeboat {

// `--run-schedule [--daemon]`: what cron, a systemd timer or a Kubernetes CronJob calls.
class RunScheduleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunScheduleCommand)

public:
    QString name() const override { return QStringLiteral("--run-schedule"); }
    QString summary() const override
    {
        return tr("Run every job and repository scan that is due (missed runs caught up once), then exit; "
                  "--daemon keeps running (SIGHUP reloads the config, SIGTERM finishes the running job and exits).");
    }
    QString usage() const override { return QStringLiteral("[--daemon [--metrics-listen ADDR:PORT]]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
