#include "TimelineCommand.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"
#include "wal/WalIndexOperation.h"
#include "wal/WalName.h"
#include "wal/WalTimeline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace lifeboat {

namespace {

QString microTime(qint64 us)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral(".%1Z").arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

void TimelineCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("A postgresql-cluster job."));
    parser.addOption({QStringLiteral("from"), tr("Only events at or after this time (ISO 8601; without offset in the config's timezone)."), tr("TS")});
    parser.addOption({QStringLiteral("to"), tr("Only events at or before this time."), tr("TS")});
    parser.addOption({QStringLiteral("destructive"), tr("Only destructive operations, no commits.")});
    parser.addOption({QStringLiteral("summary"), tr("Commits, aborts and destructive operations per minute (the density view).")});
    parser.addOption({QStringLiteral("bucket"), tr("With --summary: seconds per bucket (default 60)."), tr("SECONDS")});
    parser.addOption({QStringLiteral("limit"), tr("At most N entries (default 10000; 0: all)."), tr("N")});
    parser.addOption({QStringLiteral("no-update"), tr("Show the index as it is; read no new WAL.")});
    parser.addOption({QStringLiteral("rebuild"), tr("Forget the index and read the whole archive again.")});
}

int TimelineCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("timeline takes exactly one JOB"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    const QString job = parser.positionalArguments().first();
    auto bound = [&](const QString &option, qint64 *out) -> Status {
        if (!parser.isSet(option))
            return {};
        const QDateTime t = parseInputTime(parser.value(option), config->timezone);
        if (!t.isValid())
            return fail(ErrorCode::Usage, tr("--%1 \"%2\" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)").arg(option, parser.value(option)));
        // WAL times have microseconds; QDateTime keeps milliseconds, so the fraction is read here.
        static const QRegularExpression fraction(QStringLiteral("[T ]\\d\\d:\\d\\d:\\d\\d[.,](\\d{1,6})"));
        const auto m = fraction.match(parser.value(option));
        const qint64 micros = m.hasMatch() ? m.captured(1).leftJustified(6, QLatin1Char('0')).toLongLong() : qint64(t.time().msec()) * 1000;
        *out = t.toSecsSinceEpoch() * 1000000 + micros;
        return {};
    };
    qint64 fromUs = 0, toUs = 0;
    if (Status s = bound(QStringLiteral("from"), &fromUs); !s)
        return context.reportError(s.error());
    if (Status s = bound(QStringLiteral("to"), &toUs); !s)
        return context.reportError(s.error());
    if (parser.isSet(QStringLiteral("to")) && toUs == 0)
        toUs = 1; // the epoch itself: nothing after it
    int limit = 10000;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return context.reportError({ErrorCode::Usage, tr("--limit takes a number (0: no limit)"), {}});
    }
    int bucket = 60;
    if (parser.isSet(QStringLiteral("bucket"))) {
        bool ok = false;
        bucket = parser.value(QStringLiteral("bucket")).toInt(&ok);
        if (!ok || bucket < 1)
            return context.reportError({ErrorCode::Usage, tr("--bucket takes a number of seconds (1 or more)"), {}});
    }

    QJsonArray warnings;
    QJsonObject update;
    if (!parser.isSet(QStringLiteral("no-update"))) {
        WalIndexParams params;
        params.config = *config;
        params.job = job;
        params.rebuild = parser.isSet(QStringLiteral("rebuild"));
        WalIndexOperation operation(params);
        const Status status = context.runOperation(operation);
        if (!status && status.error().code != ErrorCode::Busy)
            return context.reportError(status.error());
        if (!status) {
            warnings.append(status.error().message);
            context.printNote(status.error().message);
        }
        const WalIndexResult &r = operation.result();
        for (const QString &w : r.warnings) {
            warnings.append(w);
            context.printNote(tr("warning: %1").arg(w));
        }
        update = QJsonObject{{QStringLiteral("segments_read"), r.segmentsRead},
                             {QStringLiteral("wal_bytes"), r.walBytes},
                             {QStringLiteral("commits"), r.commits},
                             {QStringLiteral("events"), r.events},
                             {QStringLiteral("seconds"), r.seconds},
                             {QStringLiteral("mb_per_second"), r.seconds > 0 ? double(r.walBytes) / 1e6 / r.seconds : 0.0}};
    } else if (auto known = JobSupport::job(*config, job); !known) {
        return context.reportError(known.error());
    }

    auto catalog = JobSupport::catalog(*config);
    if (!catalog)
        return context.reportError(catalog.error());
    auto states = (*catalog)->walIndexStates(job);
    if (!states)
        return context.reportError(states.error());
    QJsonArray index;
    qint64 segments = 0;
    for (const Catalog::WalIndexState &s : std::as_const(*states)) {
        segments += s.segments;
        index.append(QJsonObject{{QStringLiteral("timeline"), qint64(s.timeline)},
                                 {QStringLiteral("segments"), s.segments},
                                 {QStringLiteral("wal_bytes"), s.walBytes},
                                 {QStringLiteral("last_segment"), s.lastSegment},
                                 {QStringLiteral("read_up_to"), Lsn::format(s.resumeLsn)},
                                 {QStringLiteral("updated_at"), isoUtc(s.updatedAt)}});
    }

    if (parser.isSet(QStringLiteral("summary"))) {
        auto buckets = WalTimeline::summary(**catalog, job, fromUs, toUs, bucket);
        if (!buckets)
            return context.reportError(buckets.error());
        if (context.json) {
            QJsonArray out;
            for (const WalTimeline::Bucket &b : std::as_const(*buckets))
                out.append(QJsonObject{{QStringLiteral("start"), isoUtc(QDateTime::fromMSecsSinceEpoch(b.startUs / 1000, Qt::UTC))},
                                       {QStringLiteral("commits"), b.commits},
                                       {QStringLiteral("aborts"), b.aborts},
                                       {QStringLiteral("events"), b.events}});
            context.printJson(QJsonObject{{QStringLiteral("job"), job}, {QStringLiteral("bucket_seconds"), bucket}, {QStringLiteral("buckets"), out}, {QStringLiteral("update"), update},
                                          {QStringLiteral("index"), index}, {QStringLiteral("warnings"), warnings}});
            return 0;
        }
        context.printLine(tr("Commits per %n second(s) of job %1:", nullptr, bucket).arg(job));
        for (const WalTimeline::Bucket &b : std::as_const(*buckets))
            context.printLine(tr("  %1  %2 commits  %3 aborts  %4 destructive")
                                  .arg(isoUtc(QDateTime::fromMSecsSinceEpoch(b.startUs / 1000, Qt::UTC)))
                                  .arg(b.commits, 8)
                                  .arg(b.aborts, 6)
                                  .arg(b.events));
        return 0;
    }

    bool truncated = false;
    auto entries = WalTimeline::entries(**catalog, job, fromUs, toUs, parser.isSet(QStringLiteral("destructive")), limit, &truncated);
    if (!entries)
        return context.reportError(entries.error());
    if (context.json) {
        QJsonArray out;
        for (const WalTimeline::Entry &e : std::as_const(*entries)) {
            if (!e.isEvent) {
                out.append(QJsonObject{{QStringLiteral("kind"), e.commit.abort ? QStringLiteral("abort") : QStringLiteral("commit")},
                                       {QStringLiteral("time"), microTime(e.commit.timeUs)},
                                       {QStringLiteral("xid"), qint64(e.commit.xid)},
                                       {QStringLiteral("lsn"), Lsn::format(e.commit.lsn)},
                                       {QStringLiteral("timeline"), qint64(e.timeline)}});
                continue;
            }
            out.append(QJsonObject{{QStringLiteral("id"), e.event.id},
                                   {QStringLiteral("kind"), WalEvent::kindName(e.event.kind)},
                                   {QStringLiteral("time"), microTime(e.event.timeUs)},
                                   {QStringLiteral("xid"), qint64(e.event.xid)},
                                   {QStringLiteral("lsn"), Lsn::format(e.event.lsn)},
                                   {QStringLiteral("timeline"), qint64(e.timeline)},
                                   {QStringLiteral("rows"), e.event.rows},
                                   {QStringLiteral("relations"), QJsonArray::fromStringList(e.event.names)}});
        }
        context.printJson(QJsonObject{{QStringLiteral("job"), job},
                                      {QStringLiteral("index"), index},
                                      {QStringLiteral("update"), update},
                                      {QStringLiteral("warnings"), warnings},
                                      {QStringLiteral("truncated"), truncated},
                                      {QStringLiteral("events"), out}});
        return 0;
    }
    if (states->isEmpty()) {
        context.printLine(tr("Job %1 has no indexed WAL yet: nothing archived, or the index was never updated.").arg(job));
        return 0;
    }
    context.printLine(tr("WAL events of job %1 (%n indexed segment(s)):", nullptr, int(segments)).arg(job));
    for (const WalTimeline::Entry &e : std::as_const(*entries)) {
        if (!e.isEvent) {
            context.printLine(QStringLiteral("  %1  %2  xid %3  %4")
                                  .arg(microTime(e.commit.timeUs), e.commit.abort ? tr("abort ") : tr("commit"))
                                  .arg(e.commit.xid, -10)
                                  .arg(Lsn::format(e.commit.lsn)));
            continue;
        }
        context.printLine(tr("  %1  #%2 %3: %4  (xid %5, LSN %6, timeline %7)")
                              .arg(microTime(e.event.timeUs))
                              .arg(e.event.id)
                              .arg(WalTimeline::title(e.event), e.event.names.isEmpty() ? tr("(relations unknown)") : e.event.names.join(QStringLiteral(", ")))
                              .arg(e.event.xid)
                              .arg(Lsn::format(e.event.lsn))
                              .arg(e.timeline));
        context.printLine(tr("      to recover to just before it: lifeboat-cli pitr %1 --pgdata DIR --before-event %2 --start").arg(job).arg(e.event.id));
    }
    if (truncated)
        context.printLine(tr("  (more entries: narrow --from/--to, use --destructive, or raise --limit)"));
    return 0;
}

} // namespace lifeboat
