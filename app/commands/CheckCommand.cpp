#include "CheckCommand.h"

#include "check/JobCheck.h"
#include "jobs/JobSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

namespace {
QString stateName(CheckLine::State state)
{
    switch (state) {
    case CheckLine::State::Ok:
        return QStringLiteral("ok");
    case CheckLine::State::Warning:
        return QStringLiteral("warning");
    case CheckLine::State::Failed:
        break;
    }
    return QStringLiteral("failed");
}
} // namespace

void CheckCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("The job to check."));
}

int CheckCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("check takes exactly one JOB"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    const QString job = parser.positionalArguments().first();
    if (auto known = JobSupport::job(*config, job); !known)
        return context.reportError(known.error()); // a job that is not there is a usage error, not a failed check
    const CheckReport report = JobCheck::run(*config, job);
    const bool ok = JobCheck::passed(report);
    if (context.json) {
        QJsonArray lines;
        for (const CheckLine &line : report)
            lines.append(QJsonObject{{QStringLiteral("check"), line.name},
                                     {QStringLiteral("status"), stateName(line.state)},
                                     {QStringLiteral("detail"), line.detail},
                                     {QStringLiteral("fix"), line.fix}});
        context.printJson(QJsonObject{{QStringLiteral("job"), job}, {QStringLiteral("ok"), ok}, {QStringLiteral("checks"), lines}});
    } else {
        for (const CheckLine &line : report) {
            const QString mark = line.state == CheckLine::State::Ok        ? tr("OK  ")
                               : line.state == CheckLine::State::Warning ? tr("WARN")
                                                                         : tr("FAIL");
            context.printLine(QStringLiteral("%1 %2: %3").arg(mark, line.name, line.detail));
            if (!line.fix.isEmpty())
                context.printLine(tr("     fix: %1").arg(line.fix));
        }
        context.printLine(ok ? tr("Job %1 is ready.").arg(job) : tr("Job %1 is not ready: fix the FAIL lines above.").arg(job));
    }
    return ok ? 0 : 1;
}

} // namespace lifeboat
