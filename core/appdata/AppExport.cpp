#include "AppExport.h"

#include "AppDatabase.h"
#include "SecretRekey.h"
#include "common/Clock.h"
#include "common/OperationContext.h"
#include "config/Config.h"
#include "secrets/SecretFile.h"

#include <QHostInfo>

namespace lifeboat {

QString AppExport::defaultUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("%1@%2").arg(user, QHostInfo::localHostName());
}

Result<std::pair<QByteArray, QByteArray>> AppExport::rekeySecrets(const QString &fromFile, const QString &toFile)
{
    if (fromFile.isEmpty() != toFile.isEmpty())
        return fail(ErrorCode::Usage, tr("re-keying needs both --rekey-from-secret-file (the source's secret) and --rekey-to-secret-file (the target's)"));
    if (fromFile.isEmpty())
        return std::pair<QByteArray, QByteArray>();
    auto from = SecretFile::read(fromFile, QStringLiteral("--rekey-from-secret-file"));
    if (!from)
        return fail(from.error());
    auto to = SecretFile::read(toFile, QStringLiteral("--rekey-to-secret-file"));
    if (!to)
        return fail(to.error());
    return std::pair<QByteArray, QByteArray>(*from, *to);
}

Result<AppExportResult> AppExport::run(const JobConfig &job, const AppExportRequest &request, OperationContext *context)
{
    if (job.kind != QLatin1String("app-export"))
        return fail(ErrorCode::Usage, tr("job \"%1\" is a %2 job; export and import work on app-export jobs (kind = \"app-export\" with a profile)").arg(job.name, job.kind));
    auto profile = AppProfile::load(job.profile);
    if (!profile)
        return fail(ErrorCode::InvalidConfig, tr("job \"%1\": %2").arg(job.name, profile.error().message));
    for (const QString &t : request.selection.types + request.selection.excludeTypes)
        if (!profile->formatTypes.contains(t))
            return fail(ErrorCode::Usage, tr("unknown entity type \"%1\" (known: %2)").arg(t, profile->formatTypes.join(QStringLiteral(", "))));
    auto secrets = rekeySecrets(request.rekeyFromSecretFile, request.rekeyToSecretFile);
    if (!secrets)
        return fail(secrets.error());
    if (context)
        context->reportStep(tr("Reading %1").arg(job.path.isEmpty() ? job.name : job.path));
    auto db = AppDatabase::forJob(job);
    if (!db)
        return fail(db.error());
    auto all = AppDataSet::load(**db, *profile);
    if (!all)
        return fail(all.error());
    AppDataSet data = all->selected(*profile, request.selection);
    AppExportResult result;
    if (!secrets->first.isEmpty()) {
        auto count = SecretRekey(*profile, secrets->first, secrets->second).apply(data);
        if (!count)
            return fail(count.error());
        result.secrets = *count;
    }
    AppExportOptions options;
    options.job = job.name;
    options.exportedBy = request.exportedBy.isEmpty() ? defaultUser() : request.exportedBy;
    options.source = request.source.isEmpty() ? QStringLiteral("lifeboat://%1/%2").arg(QHostInfo::localHostName(), job.name) : request.source;
    options.exportedAt = Clock::instance().now();
    options.engine = (*db)->engineName();
    options.selection = request.selection;
    options.rekeyed = !secrets->first.isEmpty();
    result.document = AppExportWriter::build(*profile, data, options);
    result.bytes = AppExportWriter::toBytes(result.document);
    result.counts = data.counts();
    result.database = (*db)->describe();
    result.engine = (*db)->engineName();
    return result;
}

} // namespace lifeboat
