#include "VerifyOperation.h"

#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <map>

namespace lifeboat {

VerifyOperation::VerifyOperation(VerifyParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

Status VerifyOperation::execute()
{
    const Config &config = m_params.config;
    if (!m_params.level.isEmpty() && !ArtifactVerifier::isLevel(m_params.level))
        return fail(ErrorCode::Usage, tr("unknown level \"%1\" (use checksum, decode, format or restore)").arg(m_params.level));
    auto catalog = JobSupport::catalog(config);
    if (!catalog)
        return fail(catalog.error());

    QList<CatalogEntry> entries;
    if (!m_params.ids.isEmpty()) {
        for (const QString &id : std::as_const(m_params.ids)) {
            auto entry = (*catalog)->findBackup(id);
            if (!entry)
                return fail(entry.error());
            entries.append(*entry);
        }
    } else {
        if (!m_params.job.isEmpty()) {
            auto job = JobSupport::job(config, m_params.job);
            if (!job)
                return fail(job.error());
        }
        auto list = (*catalog)->listBackups(m_params.all ? QString() : m_params.job);
        if (!list)
            return fail(list.error());
        entries = *list;
    }

    std::map<QString, std::unique_ptr<Repository>> repositories;
    int failed = 0;
    for (int i = 0; i < entries.size(); ++i) {
        if (isCancelled())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        const CatalogEntry &entry = entries.at(i);
        VerifyItem item;
        item.id = entry.meta.id;
        item.job = entry.meta.job;
        if (entry.meta.encryption != QLatin1String("none"))
            item.keys = entry.meta.recipients.isEmpty() ? QStringList{QStringLiteral("passphrase")} : entry.meta.recipients;
        const JobConfig job = config.jobs.value(entry.meta.job);
        item.level = !m_params.level.isEmpty() ? m_params.level
                     : (job.verify.isEmpty() || job.verify == QLatin1String("none")) ? QStringLiteral("checksum")
                                                                                     : job.verify;
        if (item.level == QLatin1String("restore") && entry.meta.kind == QLatin1String("postgresql-base")) {
            // Test-restoring a cluster means starting a server: that is a drill, not a verify
            // step. Record what was really checked rather than claim a restore.
            item.level = QStringLiteral("format");
            reportLog(tr("%1 is a base backup: checked at format level; test it whole with "
                         "\"lifeboat-cli pitr %2 --pgdata DIR --immediate --start --port N\"")
                          .arg(entry.meta.id, entry.meta.job));
        }
        reportStep(tr("Verifying %1 (%2, %3 of %4)").arg(item.id, item.level).arg(i + 1).arg(entries.size()));

        Status status;
        if (!repositories.count(entry.repository)) {
            auto repo = JobSupport::repository(config, entry.repository);
            if (repo)
                repositories[entry.repository] = std::move(*repo);
            else
                status = fail(repo.error());
        }
        DecodeSettings keys;
        if (status && item.level != QLatin1String("checksum")) {
            if (!config.jobs.contains(entry.meta.job)) {
                status = fail(ErrorCode::InvalidConfig,
                              tr("job \"%1\" is not in the config, so its keys are unknown (add the job back, or verify with --level checksum)")
                                  .arg(entry.meta.job));
            } else {
                auto decode = JobSupport::decodeSettings(job, entry.meta.encryption);
                if (decode)
                    keys = *decode;
                else
                    status = fail(decode.error());
            }
        }
        if (status)
            status = ArtifactVerifier::verify(*repositories[entry.repository], entry.meta, keys, item.level, this,
                                              config.jobs.contains(entry.meta.job) ? &job : nullptr);
        if (!status && status.error().code == ErrorCode::Cancelled)
            return status;
        item.passed = bool(status);
        item.message = status ? QString() : status.error().message;
        item.at = Clock::instance().now().toUTC();
        if (!item.passed) {
            ++failed;
            reportLog(item.message);
        }
        auto recorded = (*catalog)->recordVerification(item.id, item.level, item.passed, item.at, item.message);
        if (!recorded)
            reportLog(recorded.error().message);
        m_items.append(item);
    }
    if (failed > 0)
        return fail(ErrorCode::Corrupt, tr("%n backup(s) failed verification", nullptr, failed),
                    m_items.size() == 1 ? m_items.first().message : QString());
    return {};
}

} // namespace lifeboat
