#include "WalFetcher.h"

#include "WalArchive.h"
#include "jobs/JobSupport.h"
#include "repository/Repository.h"

namespace lifeboat {

Status WalFetcher::fetch(const Config &config, const QString &jobName, const QString &name, const QString &dest)
{
    auto job = JobSupport::job(config, jobName);
    if (!job)
        return fail(job.error());
    auto repo = JobSupport::repository(config, job->repository);
    if (!repo)
        return fail(repo.error());
    // A wrong repository path must not look like the normal end of the archive.
    if (!(*repo)->folderExists(job->name, QStringLiteral("wal")))
        return fail(ErrorCode::InvalidConfig, tr("job \"%1\" has no WAL archive in repository \"%2\" at %3 (check the config's repository path, "
                                                 "and that this user may read it)")
                                                  .arg(job->name, (*repo)->name(), (*repo)->location()));
    WalArchive archive(**repo, job->name);
    auto found = archive.find(name);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("WAL file %1 is not in the archive of job \"%2\"").arg(name, job->name));
    auto keys = JobSupport::decodeSettings(*job, (*found)->key.endsWith(QLatin1String(".gpg")) ? QStringLiteral("openpgp") : QStringLiteral("none"));
    if (!keys)
        return fail(keys.error());
    return archive.fetch(**found, dest, *keys);
}

} // namespace lifeboat
