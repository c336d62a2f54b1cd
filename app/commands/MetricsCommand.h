#pragma once

#include "Command.h"

namespace lifeboat {

// `metrics [--textfile PATH]`: Prometheus text exposition of the catalog, on stdout or written
// atomically for node_exporter's textfile collector.
class MetricsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString summary() const override { return tr("Print Prometheus metrics of every job (or write them atomically to a node_exporter textfile)."); }
    QString usage() const override { return QStringLiteral("[--textfile PATH]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
