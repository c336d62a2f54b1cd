#include "WalTimeline.h"

#include "CommitPacking.h"
#include "catalog/Catalog.h"

#include <QMap>
#include <algorithm>

namespace lifeboat {

namespace {

bool inRange(qint64 t, qint64 fromUs, qint64 toUs) { return t >= fromUs && (toUs == 0 || t <= toUs); }

Error damaged(const QString &job)
{
    return Error{ErrorCode::Corrupt,
                 WalTimeline::tr("the WAL event index of job %1 in the catalog is damaged; run \"lifeboat-cli timeline %1 --rebuild\"").arg(job), {}};
}

} // namespace

Result<QList<WalTimeline::Entry>> WalTimeline::entries(Catalog &catalog, const QString &job, qint64 fromUs, qint64 toUs, bool destructiveOnly,
                                                       int limit, bool *truncated)
{
    QList<Entry> out;
    auto events = catalog.walEvents(job, fromUs, toUs);
    if (!events)
        return fail(events.error());
    for (const WalEvent &e : std::as_const(*events)) {
        Entry entry;
        entry.isEvent = true;
        entry.timeline = e.timeline;
        entry.event = e;
        out.append(entry);
    }
    if (!destructiveOnly) {
        auto chunks = catalog.walCommitChunks(job, fromUs, toUs);
        if (!chunks)
            return fail(chunks.error());
        QVector<WalCommit> commits;
        for (const Catalog::WalCommitChunk &chunk : std::as_const(*chunks)) {
            if (!CommitPacking::unpack(chunk.data, &commits))
                return fail(damaged(job));
            for (const WalCommit &c : std::as_const(commits)) {
                if (!inRange(c.timeUs, fromUs, toUs))
                    continue;
                Entry entry;
                entry.timeline = chunk.timeline;
                entry.commit = c;
                out.append(entry);
            }
        }
    }
    // Commit order: time, then position (an event shares its commit's time and LSN; the
    // commit comes first, the event that explains it right after).
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.timeUs() != b.timeUs())
            return a.timeUs() < b.timeUs();
        const quint64 la = a.isEvent ? a.event.lsn : a.commit.lsn;
        const quint64 lb = b.isEvent ? b.event.lsn : b.commit.lsn;
        if (la != lb)
            return la < lb;
        return !a.isEvent && b.isEvent;
    });
    if (truncated)
        *truncated = limit > 0 && out.size() > limit;
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QString WalTimeline::title(const WalEvent &e)
{
    switch (e.kind) {
    case WalEvent::Kind::Drop:
        return tr("DROP");
    case WalEvent::Kind::Truncate:
        return tr("TRUNCATE");
    case WalEvent::Kind::Rewrite:
        return tr("REWRITE");
    case WalEvent::Kind::Delete:
        return tr("DELETE of %n row(s)", nullptr, int(e.rows));
    case WalEvent::Kind::Update:
        return tr("UPDATE of %n row(s)", nullptr, int(e.rows));
    }
    return {};
}

Result<QList<WalTimeline::Bucket>> WalTimeline::summary(Catalog &catalog, const QString &job, qint64 fromUs, qint64 toUs, int bucketSeconds)
{
    const qint64 width = qint64(std::max(1, bucketSeconds)) * 1000000;
    QMap<qint64, Bucket> buckets;
    auto bucketOf = [&](qint64 t) -> Bucket & {
        const qint64 start = (t >= 0 ? t / width : (t - width + 1) / width) * width;
        Bucket &b = buckets[start];
        b.startUs = start;
        return b;
    };
    auto chunks = catalog.walCommitChunks(job, fromUs, toUs);
    if (!chunks)
        return fail(chunks.error());
    QVector<WalCommit> commits;
    for (const Catalog::WalCommitChunk &chunk : std::as_const(*chunks)) {
        if (!CommitPacking::unpack(chunk.data, &commits))
            return fail(damaged(job));
        for (const WalCommit &c : std::as_const(commits))
            if (inRange(c.timeUs, fromUs, toUs))
                (c.abort ? bucketOf(c.timeUs).aborts : bucketOf(c.timeUs).commits) += 1;
    }
    auto events = catalog.walEvents(job, fromUs, toUs);
    if (!events)
        return fail(events.error());
    for (const WalEvent &e : std::as_const(*events))
        bucketOf(e.timeUs).events += 1;
    return buckets.values();
}

} // namespace lifeboat
