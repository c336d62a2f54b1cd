#include "JobCheckOperation.h"

#include "JobCheck.h"

namespace lifeboat {

JobCheckOperation::JobCheckOperation(Config config, QString job, QObject *parent)
    : Operation(parent)
    , m_config(std::move(config))
    , m_job(std::move(job))
{
}

Status JobCheckOperation::execute()
{
    reportStep(tr("Checking job %1").arg(m_job));
    m_report = JobCheck::run(m_config, m_job);
    if (!JobCheck::passed(m_report)) {
        for (const CheckLine &line : std::as_const(m_report))
            if (line.state == CheckLine::State::Failed)
                return fail(ErrorCode::Failed, tr("job %1: %2: %3 (%4)").arg(m_job, line.name, line.detail, line.fix));
    }
    return {};
}

} // namespace lifeboat
