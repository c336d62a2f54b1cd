#pragma once

#include "Command.h"

namespace lifeboat {

// `report (rto-rpo|inventory|compliance) --format (html|pdf|csv|json) --output FILE [--since TS]`.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return tr("RTO/RPO, inventory and compliance reports as HTML, PDF, CSV or JSON."); }
    QString usage() const override { return QStringLiteral("(rto-rpo|inventory|compliance) --format (html|pdf|csv|json) --output FILE [--since TS]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
