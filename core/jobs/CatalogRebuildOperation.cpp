#include "CatalogRebuildOperation.h"

#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "repository/Repository.h"

#include <QFile>

#include <QSet>
#include <algorithm>

namespace lifeboat {

CatalogRebuildOperation::CatalogRebuildOperation(Config config, QObject *parent)
    : Operation(parent)
    , m_config(std::move(config))
{
}

Status CatalogRebuildOperation::execute()
{
    QList<std::pair<BackupMetadata, QString>> all;
    for (const RepositoryConfig &repoConfig : std::as_const(m_config.repositories)) {
        reportStep(tr("Reading repository \"%1\"").arg(repoConfig.name));
        auto repo = Repository::open(repoConfig);
        if (!repo)
            return fail(repo.error());
        auto list = (*repo)->listBackups({});
        if (!list && list.error().code == ErrorCode::NotFound)
            continue; // never written to yet: nothing to index
        if (!list)
            return fail(ErrorCode::Failed, tr("catalog left unchanged: %1").arg(list.error().message));
        for (const BackupMetadata &meta : std::as_const(*list))
            all.append({meta, repoConfig.name});
        // A backup copied by copy_to is in several repositories: one catalog row, pointing at
        // the job's own repository when that holds it (it is listed last, so it wins the upsert).
        m_result.repositories.append(repoConfig.name);
    }

    auto catalog = JobSupport::catalog(m_config);
    const QString path = m_config.catalogSqlitePath();
    if (!catalog && !path.isEmpty() && QFile::exists(path)) {
        // A damaged catalog must not stand in the way of recreating it; keep it for inspection.
        m_result.setAside = path + QStringLiteral(".damaged-") + Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, m_result.setAside))
            return fail(catalog.error());
        reportLog(tr("the catalog could not be opened; moved it to %1").arg(m_result.setAside));
        catalog = JobSupport::catalog(m_config);
    }
    if (!catalog)
        return fail(catalog.error());
    std::stable_sort(all.begin(), all.end(), [this](const auto &a, const auto &b) {
        const bool aPrimary = m_config.jobs.value(a.first.job).repository == a.second;
        const bool bPrimary = m_config.jobs.value(b.first.job).repository == b.second;
        return !aPrimary && bPrimary;
    });
    LB_TRY((*catalog)->replaceAll(all));
    // What copy_to put elsewhere: every copy outside the job's own repository.
    LB_TRY((*catalog)->clearCopies());
    for (const auto &[meta, repository] : std::as_const(all))
        if (m_config.jobs.value(meta.job).repository != repository)
            LB_TRY((*catalog)->recordCopy(meta.id, repository));
    QSet<QString> ids;
    for (const auto &entry : std::as_const(all))
        ids.insert(entry.first.id);
    m_result.backups = ids.size();
    return {};
}

} // namespace lifeboat
