#include "PitrTimelineData.h"

#include "CommitPacking.h"
#include "RecoveryWindow.h"
#include "WalName.h"
#include "WalTimeline.h"
#include "catalog/Catalog.h"

#include <algorithm>

namespace lifeboat {

namespace {
qint64 us(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() * 1000 : 0;
}
} // namespace

quint64 PitrTimelineData::commitsBetween(qint64 fromUs, qint64 toUs) const
{
    if (cumulative.size() < 2 || toUs <= fromUs)
        return 0;
    const qint64 bins = cumulative.size() - 1;
    auto index = [&](qint64 t) { return std::clamp<qint64>((t - originUs) / binUs, 0, bins); };
    return cumulative.at(index(toUs)) - cumulative.at(index(fromUs));
}

const PitrTimelineData::BaseBackup *PitrTimelineData::backupFor(qint64 timeUs) const
{
    for (auto it = backups.crbegin(); it != backups.crend(); ++it)
        // The recovery window has millisecond times; commits have microseconds.
        if (it->endUs <= timeUs && timeUs <= it->reachUs + 999)
            return &*it;
    return nullptr;
}

void PitrTimelineData::setDensity(qint64 fromUs, qint64 toUs, const QVector<qint64> &commitTimesUs, qint64 binWidthUs)
{
    startDensity(fromUs, toUs, binWidthUs);
    for (qint64 t : commitTimesUs)
        countCommit(t);
    finishDensity();
}

void PitrTimelineData::startDensity(qint64 fromUs, qint64 toUs, qint64 binWidthUs)
{
    binUs = std::max<qint64>(1, binWidthUs);
    originUs = fromUs - fromUs % binUs;
    const qint64 bins = std::max<qint64>(1, (std::max(toUs, originUs) - originUs) / binUs + 1);
    cumulative = QVector<quint64>(bins + 1, 0);
}

void PitrTimelineData::countCommit(qint64 timeUs)
{
    const qint64 bin = (timeUs - originUs) / binUs + 1;
    if (timeUs >= originUs && bin < cumulative.size())
        ++cumulative[bin];
}

void PitrTimelineData::finishDensity()
{
    for (qint64 i = 1; i < cumulative.size(); ++i)
        cumulative[i] += cumulative[i - 1];
}

Result<PitrTimelineData> PitrTimelineData::build(const RecoveryWindow &window, Catalog &catalog, const QString &job)
{
    PitrTimelineData data;
    for (const RecoveryWindow::Span &span : window.spans) {
        BaseBackup b;
        b.id = span.backup.id;
        b.startUs = us(span.backup.startedAt);
        b.endUs = us(span.earliest);
        b.reachUs = us(span.latest);
        b.timeline = span.backupTimeline;
        data.backups.append(b);
        data.earliestUs = data.earliestUs == 0 ? b.endUs : std::min(data.earliestUs, b.endUs);
        data.latestUs = std::max(data.latestUs, b.reachUs);
    }

    // Gaps are named by segment; they are dated by the last commit before and the first after.
    struct GapTimes
    {
        quint32 timeline;
        quint64 startLsn, endLsn;
        qint64 before = 0, after = 0;
        const RecoveryWindow::Gap *gap;
    };
    QList<GapTimes> gaps;
    for (const RecoveryWindow::Timeline &t : window.timelines)
        for (const RecoveryWindow::Gap &g : t.gaps) {
            const WalName from = WalName::parse(g.from, window.segmentSize());
            const WalName to = WalName::parse(g.to, window.segmentSize());
            gaps.append({t.timeline, from.segmentNumber * quint64(window.segmentSize()), (to.segmentNumber + 1) * quint64(window.segmentSize()), 0, 0, &g});
        }

    auto chunks = catalog.walCommitChunks(job, 0, 0);
    if (!chunks)
        return fail(chunks.error());
    qint64 first = data.earliestUs, last = data.latestUs;
    for (const Catalog::WalCommitChunk &chunk : std::as_const(*chunks)) {
        if (chunk.commits + chunk.aborts == 0)
            continue;
        first = first == 0 ? chunk.firstUs : std::min(first, chunk.firstUs);
        last = std::max(last, chunk.lastUs);
    }
    data.startDensity(first, std::max(first, last));
    QVector<WalCommit> commits;
    for (const Catalog::WalCommitChunk &chunk : std::as_const(*chunks)) {
        if (!CommitPacking::unpack(chunk.data, &commits))
            return fail(ErrorCode::Corrupt, tr("The WAL event index of job \"%1\" is damaged; rebuild it with: lifeboat-cli timeline %1 --rebuild").arg(job));
        for (const WalCommit &c : std::as_const(commits)) {
            if (c.abort)
                continue;
            data.countCommit(c.timeUs);
            for (GapTimes &g : gaps) {
                if (g.timeline != chunk.timeline)
                    continue;
                if (c.lsn < g.startLsn)
                    g.before = std::max(g.before, c.timeUs);
                else if (c.lsn >= g.endLsn && (g.after == 0 || c.timeUs < g.after))
                    g.after = c.timeUs;
            }
        }
    }
    data.finishDensity();

    for (const RecoveryWindow::Timeline &t : window.timelines) {
        qint64 cursor = us(t.earliest);
        for (const GapTimes &g : std::as_const(gaps)) {
            if (g.timeline != t.timeline)
                continue;
            const qint64 from = g.before ? g.before : cursor;
            const qint64 to = g.after ? g.after : std::max(from, us(t.latest));
            if (from > cursor)
                data.coverage.append({t.timeline, cursor, from, false, {}, {}});
            data.coverage.append({t.timeline, from, to, true, g.gap->from, g.gap->to});
            cursor = to;
        }
        if (us(t.latest) > cursor)
            data.coverage.append({t.timeline, cursor, us(t.latest), false, {}, {}});
    }

    auto events = WalTimeline::entries(catalog, job, 0, 0, true, 100000);
    if (!events)
        return fail(events.error());
    for (const WalTimeline::Entry &e : std::as_const(*events))
        data.events.append({e.event.id, e.event.timeUs, e.event.xid, e.event.timeline, WalTimeline::title(e.event), e.event.names.join(QStringLiteral(", "))});
    return data;
}

QVector<WalCommit> PitrTimelineData::commitsIn(Catalog &catalog, const QString &job, qint64 fromUs, qint64 toUs, int limit)
{
    QVector<WalCommit> times;
    auto chunks = catalog.walCommitChunks(job, fromUs, toUs);
    if (!chunks)
        return times;
    QVector<WalCommit> commits;
    for (const Catalog::WalCommitChunk &chunk : std::as_const(*chunks)) {
        if (!CommitPacking::unpack(chunk.data, &commits))
            return {};
        for (const WalCommit &c : std::as_const(commits))
            if (!c.abort && c.timeUs >= fromUs && c.timeUs <= toUs && times.size() < limit)
                times.append(c);
    }
    std::sort(times.begin(), times.end(), [](const WalCommit &a, const WalCommit &b) { return a.timeUs < b.timeUs; });
    return times;
}

} // namespace lifeboat
