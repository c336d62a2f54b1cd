#include "ReportOperation.h"

#include "ReportBuilder.h"
#include "ReportWriter.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"

#include <QFileInfo>

namespace lifeboat {

ReportOperation::ReportOperation(ReportParams params, QObject *parent) : Operation(parent), m_params(std::move(params)) {}

Status ReportOperation::execute()
{
    if (!ReportBuilder::kinds().contains(m_params.kind))
        return fail(ErrorCode::Usage, tr("report needs one of rto-rpo, inventory or compliance"));
    if (!ReportWriter::formats().contains(m_params.format))
        return fail(ErrorCode::Usage, tr("report needs --format html, pdf, csv or json"));
    if (m_params.output.isEmpty())
        return fail(ErrorCode::Usage, tr("report needs --output FILE"));
    const QDateTime now = Clock::instance().now().toUTC();
    const QDateTime since = m_params.since.isValid() ? m_params.since.toUTC() : now.addDays(-90);
    auto catalog = JobSupport::catalog(m_params.config);
    if (!catalog)
        return fail(catalog.error());
    reportStep(tr("Gathering the %1 report").arg(m_params.kind));
    auto report = ReportBuilder::build(m_params.kind, m_params.config, **catalog, since, now);
    if (!report)
        return fail(report.error());
    reportStep(tr("Writing %1").arg(m_params.output));
    LB_TRY(ReportWriter::write(*report, m_params.format, m_params.output));
    m_result.output = QFileInfo(m_params.output).absoluteFilePath();
    m_result.dataSha256 = report->dataSha256();
    m_result.periodFrom = report->periodFrom;
    m_result.periodTo = report->periodTo;
    (void)(*catalog)->recordAudit(QStringLiteral("report"), m_result.output,
                                  tr("%1 report (%2), data SHA-256 %3").arg(m_params.kind, m_params.format, m_result.dataSha256));
    return {};
}

} // namespace lifeboat
