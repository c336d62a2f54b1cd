#include "ListCommand.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"

#include <QJsonArray>

namespace lifeboat {

void ListCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("job"), tr("Only backups of this job."), tr("JOB")});
}

QJsonObject ListCommand::entryJson(const CatalogEntry &entry, const Config &config)
{
    QJsonObject o = entry.meta.toJson();
    o.insert(QStringLiteral("repository"), entry.repository);
    o.insert(QStringLiteral("copies"), QJsonArray::fromStringList(entry.copies));
    o.insert(QStringLiteral("missing_copies"), QJsonArray::fromStringList(entry.missingCopies(config)));
    if (!entry.verificationStatus.isEmpty())
        o.insert(QStringLiteral("verification"), QJsonObject{{QStringLiteral("status"), entry.verificationStatus},
                                                             {QStringLiteral("level"), entry.verificationLevel},
                                                             {QStringLiteral("at"), isoUtc(entry.verifiedAt)}});
    return o;
}

int ListCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.reportError({ErrorCode::Usage, tr("list takes no arguments (use --job JOB)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    const QString job = parser.value(QStringLiteral("job"));
    if (!job.isEmpty() && !config->jobs.contains(job))
        return context.reportError(JobSupport::job(*config, job).error());
    auto catalog = JobSupport::catalog(*config);
    if (!catalog)
        return context.reportError(catalog.error());
    auto entries = (*catalog)->listBackups(job);
    if (!entries)
        return context.reportError(entries.error());
    if (context.json) {
        QJsonArray array;
        for (const CatalogEntry &e : std::as_const(*entries))
            array.append(entryJson(e, *config));
        context.printJson(array);
        return 0;
    }
    if (entries->isEmpty()) {
        context.printLine(tr("No backups yet. Run \"lifeboat-cli backup JOB\" (jobs: %1).").arg(config->jobs.keys().join(QStringLiteral(", "))));
        return 0;
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7");
    context.printLine(row.arg(tr("ID"), -44).arg(tr("STARTED (UTC)"), -20).arg(tr("SIZE"), 10).arg(tr("TIME"), 8)
                          .arg(tr("VERIFIED"), -17).arg(tr("STATUS"), -6).arg(tr("LABEL")));
    for (const CatalogEntry &e : std::as_const(*entries)) {
        const QString verified = e.verificationStatus.isEmpty() ? tr("never")
                                                                : QStringLiteral("%1 (%2)").arg(e.verificationStatus, e.verificationLevel);
        context.printLine(row.arg(e.meta.id, -44)
                              .arg(e.meta.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -20)
                              .arg(humanBytes(e.meta.sizeBytes), 10)
                              .arg(QStringLiteral("%1s").arg(e.meta.durationSeconds, 0, 'f', 1), 8)
                              .arg(verified, -17)
                              .arg(e.meta.status, -6)
                              .arg(e.meta.label + (e.meta.keepForever ? tr(" [kept forever]") : QString())
                                   + (e.missingCopies(*config).isEmpty() ? QString() : tr(" [not yet offsite: %1]").arg(e.missingCopies(*config).join(QStringLiteral(", "))))));
    }
    return 0;
}

} // namespace lifeboat
