#include "DrillCommand.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "drill/DrillOperation.h"
#include "drill/DrillPlan.h"
#include "jobs/JobSupport.h"
#include "report/ReportBuilder.h"

#include <QJsonArray>
#include <QTextStream>
#include <cstdio>

namespace lifeboat {

namespace {

QString figure(double seconds, qint64 objective, bool met, const QString &none)
{
    if (seconds < 0)
        return DrillCommand::tr("%1 (objective %2): not met").arg(none, ReportBuilder::duration(double(objective)));
    return DrillCommand::tr("%1 (objective %2): %3")
        .arg(ReportBuilder::duration(seconds), ReportBuilder::duration(double(objective)), met ? DrillCommand::tr("met") : DrillCommand::tr("NOT met"));
}

void printRecord(CliContext &context, const DrillRecord &d)
{
    context.printLine(DrillCommand::tr("Drill \"%1\" (%2), started %3, incident %4").arg(d.plan, d.id, isoUtc(d.startedAt), isoUtc(d.incidentTime)));
    int n = 0;
    for (const DrillStepRecord &s : d.steps) {
        ++n;
        const QString status = s.status == QLatin1String("skipped-manual") ? DrillCommand::tr("skipped — manual")
                               : s.status == QLatin1String("not-run")      ? DrillCommand::tr("not run")
                                                                            : s.status;
        context.printLine(QStringLiteral("  %1. %2  %3%4%5")
                              .arg(n)
                              .arg(s.name, status)
                              .arg(s.status == QLatin1String("passed") || s.status == QLatin1String("failed") ? QStringLiteral("  %1 s").arg(s.seconds, 0, 'f', 1)
                                                                                                                : QString())
                              .arg(s.detail.isEmpty() || s.status == QLatin1String("skipped-manual") ? QString() : QStringLiteral("  ") + s.detail));
        if (s.status == QLatin1String("skipped-manual"))
            for (const QString &item : s.checklist)
                context.printLine(QStringLiteral("       [ ] %1").arg(item));
        if (!s.evidence.isEmpty())
            context.printLine(DrillCommand::tr("       evidence: %1").arg(s.evidence));
    }
    context.printLine(DrillCommand::tr("RTO %1").arg(figure(d.rtoSeconds, d.rtoObjectiveSeconds, d.rtoMet, DrillCommand::tr("not reached"))));
    context.printLine(DrillCommand::tr("RPO %1").arg(figure(d.rpoSeconds, d.rpoObjectiveSeconds, d.rpoMet, DrillCommand::tr("nothing restored"))));
    context.printLine(d.passed() ? DrillCommand::tr("Result: PASSED") : DrillCommand::tr("Result: FAILED at %1").arg(d.failedStep));
    context.printLine(d.signedOffBy.isEmpty() ? DrillCommand::tr("Not signed off (pass --facilitator NAME to sign a drill off).")
                                              : DrillCommand::tr("Signed off by %1 at %2.").arg(d.signedOffBy, isoUtc(d.signedOffAt)));
}

} // namespace

void DrillCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("run, list or show."));
    parser.addPositionalArgument(QStringLiteral("ARG"), tr("run: the drill plan (TOML); show: a drill id."));
    parser.addOption({QStringLiteral("facilitator"), tr("Who runs the drill and signs it off."), tr("NAME")});
    parser.addOption({QStringLiteral("interactive"), tr("Ask on the terminal for each manual step's checklist and an evidence note (otherwise they are skipped).")});
    parser.addOption({QStringLiteral("incident-time"), tr("When the (simulated) incident was declared; default: the plan's, else now."), tr("TS")});
}

int DrillCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    if (action == QLatin1String("run")) {
        if (args.size() != 2)
            return context.reportError({ErrorCode::Usage, tr("drill run takes exactly one PLAN file"), {}});
        DrillParams params;
        params.config = *config;
        params.planPath = args.at(1);
        params.facilitator = parser.value(QStringLiteral("facilitator"));
        params.incidentTime = parser.value(QStringLiteral("incident-time"));
        if (parser.isSet(QStringLiteral("interactive"))) {
            // The facilitator answers on the terminal (stdin): each checklist item, then a note.
            params.manual = [&context](const DrillStep &step, int index, int count) {
                DrillParams::ManualAnswer answer;
                QTextStream in(stdin);
                context.printNote(tr("Manual step %1 of %2: %3").arg(index + 1).arg(count).arg(step.name));
                context.printNote(QStringLiteral("  ") + step.instructions);
                for (const QString &item : step.checklist) {
                    context.printNote(tr("  Done: %1? [y/N/q]").arg(item));
                    const QString reply = in.readLine().trimmed().toLower();
                    if (reply == QLatin1String("q")) {
                        answer.abandoned = true;
                        return answer;
                    }
                    if (reply == QLatin1String("y") || reply == QLatin1String("yes"))
                        answer.confirmed.append(item);
                }
                context.printNote(tr("  Evidence note (one line; empty for none):"));
                answer.evidence = in.readLine().trimmed();
                return answer;
            };
        }
        DrillOperation operation(params);
        const Status status = context.runOperation(operation);
        if (!status)
            return context.reportError(status.error());
        const DrillRecord &d = operation.result();
        if (context.json)
            context.printJson(d.toJson());
        else
            printRecord(context, d);
        return d.passed() ? 0 : 1;
    }
    auto catalog = JobSupport::catalog(*config);
    if (!catalog)
        return context.reportError(catalog.error());
    if (action == QLatin1String("list")) {
        if (args.size() != 1)
            return context.reportError({ErrorCode::Usage, tr("drill list takes no arguments"), {}});
        auto drills = (*catalog)->drills();
        if (!drills)
            return context.reportError(drills.error());
        if (context.json) {
            QJsonArray out;
            for (const DrillRecord &d : std::as_const(*drills))
                out.append(d.toJson());
            context.printJson(out);
            return 0;
        }
        if (drills->isEmpty())
            context.printLine(tr("No drills recorded yet (run one with: lifeboat-cli drill run PLAN)."));
        for (const DrillRecord &d : std::as_const(*drills))
            context.printLine(tr("%1  %2  %3  RTO %4  RPO %5  %6")
                                  .arg(d.id, isoUtc(d.startedAt), d.passed() ? tr("passed") : tr("FAILED"),
                                       d.rtoSeconds >= 0 ? ReportBuilder::duration(d.rtoSeconds) : tr("-"),
                                       d.rpoSeconds >= 0 ? ReportBuilder::duration(d.rpoSeconds) : tr("-"), d.plan));
        return 0;
    }
    if (action == QLatin1String("show")) {
        if (args.size() != 2)
            return context.reportError({ErrorCode::Usage, tr("drill show takes exactly one drill ID"), {}});
        auto drill = (*catalog)->drill(args.at(1));
        if (!drill)
            return context.reportError(drill.error());
        if (!drill->has_value())
            return context.reportError({ErrorCode::NotFound, tr("no drill %1 in the catalog (\"lifeboat-cli drill list\" lists them)").arg(args.at(1)), {}});
        if (context.json)
            context.printJson((*drill)->toJson());
        else
            printRecord(context, **drill);
        return 0;
    }
    return context.reportError({ErrorCode::Usage, tr("drill needs an action: run PLAN, list or show ID"), {}});
}

} // namespace lifeboat
