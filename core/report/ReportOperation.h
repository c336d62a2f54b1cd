#pragma once

#include "common/Operation.h"
#include "config/Config.h"

#include <QDateTime>

namespace lifeboat {

struct ReportParams
{
    Config config;
    QString kind;   // rto-rpo | inventory | compliance
    QDateTime since; // invalid: 90 days before now
    QString format; // html | pdf | csv | json
    QString output;
};

struct ReportResult
{
    QString output;     // absolute path written
    QString dataSha256;
    QDateTime periodFrom;
    QDateTime periodTo;
};

// `report` and the GUI's Reports page: builds the report from the catalog, writes it
// atomically in the chosen format and records the writing (with the data's hash) in the audit
// trail. Off the GUI thread: a PDF of a large inventory takes a while to lay out.
class ReportOperation final : public Operation
{
    Q_OBJECT

public:
    explicit ReportOperation(ReportParams params, QObject *parent = nullptr);
    const ReportResult &result() const { return m_result; }

protected:
    Status execute() override;

private:
    ReportParams m_params;
    ReportResult m_result;
};

} // namespace lifeboat
