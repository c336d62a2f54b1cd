#include "PitrTimelineLoad.h"

#include "RecoveryWindow.h"
#include "WalIndexOperation.h"
#include "jobs/JobSupport.h"
#include "catalog/Catalog.h"

namespace lifeboat {

PitrTimelineLoad::PitrTimelineLoad(Config config, QString job, QObject *parent)
    : Operation(parent)
    , m_config(std::move(config))
    , m_job(std::move(job))
{
}

Status PitrTimelineLoad::execute()
{
    reportStep(tr("Updating the WAL event index"));
    WalIndexOperation index({m_config, m_job, false, true, 16});
    connect(&index, &Operation::logLine, this, &Operation::logLine);
    if (const Status status = index.run(); !status)
        m_warnings.append(status.error().message);
    m_warnings += index.result().warnings;
    if (isCancelled())
        return fail(ErrorCode::Cancelled, tr("cancelled"));

    reportStep(tr("Reading the recovery window"));
    auto window = RecoveryWindow::forJob(m_config, m_job);
    if (!window)
        return fail(window.error());
    auto catalog = JobSupport::catalog(m_config);
    if (!catalog)
        return fail(catalog.error());
    auto data = PitrTimelineData::build(*window, **catalog, m_job);
    if (!data)
        return fail(data.error());
    m_data = std::move(*data);
    return {};
}

} // namespace lifeboat
