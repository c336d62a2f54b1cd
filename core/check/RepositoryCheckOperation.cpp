#include "RepositoryCheckOperation.h"

#include "jobs/JobSupport.h"
#include "repository/Repository.h"

namespace lifeboat {

RepositoryCheckOperation::RepositoryCheckOperation(Config config, QString repository, QObject *parent)
    : Operation(parent)
    , m_config(std::move(config))
    , m_repository(std::move(repository))
{
}

Status RepositoryCheckOperation::execute()
{
    reportStep(tr("Testing repository %1").arg(m_repository));
    auto repo = JobSupport::repository(m_config, m_repository);
    if (!repo)
        return fail(repo.error());
    QString job;
    for (const JobConfig &j : std::as_const(m_config.jobs))
        if (j.repository == m_repository || j.copyTo.contains(m_repository)) {
            job = j.name;
            break;
        }
    if (job.isEmpty())
        return fail(ErrorCode::Usage, tr("no job uses repository \"%1\" yet: point a job's repository or copy_to at it, then test it").arg(m_repository));
    auto free = (*repo)->probeWritable(job);
    if (!free)
        return fail(free.error());
    m_free = *free;
    return {};
}

} // namespace lifeboat
