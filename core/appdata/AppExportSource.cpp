#include "AppExportSource.h"

#include "AppDatabase.h"
#include "AppExportReader.h"
#include "ImportPlanner.h"
#include "common/OperationContext.h"
#include "pipeline/Sink.h"

#include <QJsonDocument>

namespace lifeboat {

Status AppExportSource::prepare(OperationContext *context)
{
    AppExportRequest request;
    request.selection.includeInactive = true;
    auto result = AppExport::run(m_job, request, context);
    if (!result)
        return fail(result.error());
    m_result = *result;
    return {};
}

Status AppExportSource::stream(Sink *sink, OperationContext *context)
{
    const QByteArray &bytes = m_result.bytes;
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(kStreamChunk)) {
        if (context && context->isCancelled())
            return fail(ErrorCode::Cancelled, tr("export cancelled"));
        const qsizetype n = qMin<qsizetype>(qsizetype(kStreamChunk), bytes.size() - at);
        LB_TRY(sink->write(bytes.constData() + at, size_t(n)));
        if (context)
            context->reportProgress(at + n, bytes.size());
    }
    return {};
}

QJsonObject AppExportSource::sourceInfo() const
{
    QJsonObject tables;
    for (auto it = m_result.counts.constBegin(); it != m_result.counts.constEnd(); ++it)
        tables.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("engine"), m_result.engine},
                       {QStringLiteral("database"), m_result.database},
                       {QStringLiteral("profile"), m_job.profile},
                       {QStringLiteral("size_bytes"), qint64(m_result.bytes.size())},
                       {QStringLiteral("tables"), tables}};
}

Status AppExportSource::checkFormat(const QString &profileName, const QByteArray &decoded, const QMap<QString, qint64> &expected,
                                    QStringList *differences)
{
    auto profile = AppProfile::load(profileName);
    if (!profile)
        return fail(profile.error());
    auto file = AppExportReader::read(decoded, *profile, tr("the export"));
    if (!file)
        return fail(ErrorCode::Corrupt, file.error().message);
    if (file->origin != QLatin1String("lifeboat"))
        return fail(ErrorCode::Corrupt, tr("the export lacks its \"lifeboat\" section (complete rows and links)"));
    // Every link end must be a row of the file: a complete export has no dangling links.
    for (auto it = file->data.links.constBegin(); it != file->data.links.constEnd(); ++it) {
        const ProfileLink link = profile->links.value(it.key());
        for (const AppLink &l : it.value())
            if (file->data.indexOf(link.from, l.from) < 0 || file->data.indexOf(link.to, l.to) < 0)
                return fail(ErrorCode::Corrupt, tr("link %1 %2 -> %3 points at an entity the export does not hold")
                                                    .arg(it.key(), AppDataSet::keyText(l.from), AppDataSet::keyText(l.to)));
    }
    QMap<QString, qint64> actual = file->data.counts();
    if (differences) {
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
            if (actual.value(it.key(), 0) != it.value())
                differences->append(tr("%1: %2 entities, expected %3").arg(it.key()).arg(actual.value(it.key(), 0)).arg(it.value()));
    }
    return {};
}

Status AppExportSource::checkImportable(const JobConfig &job, const QByteArray &decoded)
{
    auto profile = AppProfile::load(job.profile);
    if (!profile)
        return fail(profile.error());
    auto file = AppExportReader::read(decoded, *profile, tr("the export"));
    if (!file)
        return fail(ErrorCode::Corrupt, file.error().message);
    auto db = AppDatabase::forJob(job);
    if (!db)
        return fail(db.error());
    auto plan = ImportPlanner::plan(*profile, *file, **db, ImportOptions{});
    if (!plan)
        return fail(ErrorCode::Corrupt, tr("it would not import into %1: %2").arg((*db)->describe(), plan.error().message));
    return {};
}

} // namespace lifeboat
