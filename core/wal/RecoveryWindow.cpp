#include "RecoveryWindow.h"

#include "config/Config.h"
#include "jobs/JobSupport.h"
#include "repository/Repository.h"

#include <QSet>

namespace lifeboat {

namespace {

QDateTime isoTime(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate).toUTC();
}

} // namespace

Result<QList<WalScanner::Event>> RecoveryWindow::eventsOf(const ArchivedWal &file) const
{
    if (auto it = m_eventCache.constFind(file.wal.name); it != m_eventCache.cend())
        return *it;
    auto data = m_decode(file);
    if (!data)
        return fail(data.error());
    const quint64 start = file.wal.segmentNumber * quint64(m_segmentSize);
    auto events = WalScanner::scan(*data, start);
    m_eventCache.insert(file.wal.name, events);
    return events;
}

Status RecoveryWindow::readHistories()
{
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it->wal.type != WalName::Type::History)
            continue;
        auto data = m_decode(*it);
        if (!data)
            return fail(data.error());
        // "parentTLI<TAB>switchLSN<TAB>reason" per ancestor, oldest first.
        QList<QPair<quint32, quint64>> ancestors;
        const QList<QByteArray> lines = data->split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            quint64 lsn = 0;
            if (fields.size() < 2 || !Lsn::parse(QString::fromLatin1(fields.at(1).trimmed()), &lsn))
                return fail(ErrorCode::Corrupt, tr("history file %1 is malformed (line \"%2\")").arg(it->key, QString::fromUtf8(line)));
            ancestors.append({fields.at(0).trimmed().toUInt(), lsn});
        }
        m_history.insert(it->wal.timeline, ancestors);
    }
    return {};
}

QList<QPair<quint32, quint64>> RecoveryWindow::path(quint32 timeline) const
{
    // Each element: a timeline and the LSN where it begins on this history.
    QList<QPair<quint32, quint64>> out;
    quint64 begin = 0;
    for (const auto &ancestor : m_history.value(timeline)) {
        out.append({ancestor.first, begin});
        begin = ancestor.second;
    }
    out.append({timeline, begin});
    return out;
}

quint32 RecoveryWindow::timelineFor(quint32 target, quint64 segment) const
{
    const auto steps = path(target);
    quint32 tli = steps.first().first;
    for (const auto &step : steps)
        if (WalName::segmentOf(step.second, m_segmentSize) <= segment)
            tli = step.first;
    return tli;
}

const ArchivedWal *RecoveryWindow::segmentFile(quint32 target, quint64 segment) const
{
    const auto it = m_files.constFind(WalName::segmentName(timelineFor(target, segment), segment, m_segmentSize));
    return it == m_files.cend() ? nullptr : &*it;
}

quint32 RecoveryWindow::newestTimeline() const
{
    quint32 newest = 1;
    for (const Timeline &t : timelines)
        newest = qMax(newest, t.timeline);
    return newest;
}

Status RecoveryWindow::computeSpan(Span &span, quint32 target) const
{
    const quint64 stopSegment = WalName::segmentOf(span.stopLsn > 0 ? span.stopLsn - 1 : 0, m_segmentSize);
    quint64 last = stopSegment;
    const ArchivedWal *lastFile = nullptr;
    for (quint64 n = stopSegment;; ++n) {
        const ArchivedWal *file = segmentFile(target, n);
        if (!file)
            break;
        lastFile = file;
        last = n;
    }
    span.latest = span.earliest;
    span.latestLsn = span.stopLsn;
    span.latestTimeline = span.backupTimeline;
    if (!lastFile)
        return {};
    span.lastWal = lastFile->wal.name;
    span.latestTimeline = lastFile->wal.timeline;
    // The newest commit: scan back from the end of the run, never before the backup's end.
    for (quint64 n = last + 1; n-- > stopSegment;) {
        const ArchivedWal *file = segmentFile(target, n);
        auto events = eventsOf(*file);
        if (!events) {
            if (events.error().code != ErrorCode::MissingKey && events.error().code != ErrorCode::WrongPassphrase)
                return fail(events.error());
            span.exact = false;
            span.latest = qMax(span.earliest, lastFile->storedAt);
            return {};
        }
        // Recovery to a time stops at the first timestamped record after it: the last one
        // (commit, abort or restore point) bounds what a time target can reach.
        if (!events->isEmpty() && events->last().lsn >= span.stopLsn) {
            span.latest = qMax(span.earliest, events->last().time);
            span.latestLsn = events->last().lsn;
            return {};
        }
    }
    return {};
}

QList<RecoveryWindow::Span> RecoveryWindow::spansFor(quint32 timeline) const
{
    return m_spans.value(timeline);
}

Result<RecoveryWindow> RecoveryWindow::compute(const QList<BackupMetadata> &baseBackups, const QList<ArchivedWal> &archive, const Decoder &decode)
{
    RecoveryWindow w;
    w.m_decode = decode;
    for (const ArchivedWal &file : archive)
        if (file.wal.type == WalName::Type::Segment || file.wal.type == WalName::Type::History)
            w.m_files.insert(file.wal.name, file);
    for (const BackupMetadata &b : baseBackups)
        if (b.status == QLatin1String("ok") && !b.pitr.isEmpty()) {
            w.m_backups.append(b);
            w.m_segmentSize = b.pitr.value(QStringLiteral("wal_segment_size")).toInteger(WalName::kDefaultSegmentSize);
        }
    std::sort(w.m_backups.begin(), w.m_backups.end(),
              [](const BackupMetadata &a, const BackupMetadata &b) { return a.startedAt < b.startedAt; });
    w.baseBackups = w.m_backups;
    LB_TRY(w.readHistories());

    QSet<quint32> timelineSet;
    for (const ArchivedWal &file : std::as_const(w.m_files))
        timelineSet.insert(file.wal.timeline);
    for (const BackupMetadata &b : std::as_const(w.m_backups))
        timelineSet.insert(quint32(b.pitr.value(QStringLiteral("timeline")).toInteger()));
    QList<quint32> tlis(timelineSet.cbegin(), timelineSet.cend());
    std::sort(tlis.begin(), tlis.end());

    for (quint32 tli : std::as_const(tlis)) {
        Timeline t;
        t.timeline = tli;
        const auto ancestors = w.m_history.value(tli);
        if (!ancestors.isEmpty()) {
            t.parent = ancestors.last().first;
            t.switchLsn = ancestors.last().second;
        }
        QList<quint64> own;
        for (const ArchivedWal &file : std::as_const(w.m_files))
            if (file.wal.timeline == tli && file.wal.type == WalName::Type::Segment)
                own.append(file.wal.segmentNumber);
        std::sort(own.begin(), own.end());
        t.segments = int(own.size());
        if (!own.isEmpty()) {
            t.firstWal = WalName::segmentName(tli, own.first(), w.m_segmentSize);
            t.lastWal = WalName::segmentName(tli, own.last(), w.m_segmentSize);
            for (int i = 1; i < own.size(); ++i)
                if (own.at(i) > own.at(i - 1) + 1)
                    t.gaps.append({WalName::segmentName(tli, own.at(i - 1) + 1, w.m_segmentSize),
                                   WalName::segmentName(tli, own.at(i) - 1, w.m_segmentSize)});
        }

        // Base backups on this timeline's history, taken before it branched off.
        const auto steps = w.path(tli);
        QList<Span> spans;
        for (const BackupMetadata &b : std::as_const(w.m_backups)) {
            Span span;
            span.backup = b;
            span.backupTimeline = quint32(b.pitr.value(QStringLiteral("timeline")).toInteger());
            Lsn::parse(b.pitr.value(QStringLiteral("stop_lsn")).toString(), &span.stopLsn);
            span.earliest = isoTime(b.pitr, "stop_time");
            if (!span.earliest.isValid())
                span.earliest = b.finishedAt;
            bool onPath = false;
            for (int i = 0; i < steps.size(); ++i)
                if (steps.at(i).first == span.backupTimeline)
                    onPath = i + 1 == steps.size() || span.stopLsn <= steps.at(i + 1).second;
            if (!onPath)
                continue;
            LB_TRY(w.computeSpan(span, tli));
            spans.append(span);
            if (t.earliest.isNull() || span.earliest < t.earliest)
                t.earliest = span.earliest;
            if (t.latest.isNull() || span.latest > t.latest) {
                t.latest = span.latest;
                t.exact = span.exact;
            }
        }
        w.m_spans.insert(tli, spans);
        w.timelines.append(t);
    }
    if (!w.timelines.isEmpty())
        w.spans = w.m_spans.value(w.newestTimeline());
    return w;
}

} // namespace lifeboat

namespace lifeboat {

Result<RecoveryWindow> RecoveryWindow::forJob(const Config &config, const QString &jobName)
{
    auto job = JobSupport::job(config, jobName);
    if (!job)
        return fail(job.error());
    if (job->kind != QLatin1String("postgresql-cluster"))
        return fail(ErrorCode::Usage, tr("job \"%1\" is of kind \"%2\": recovery windows belong to postgresql-cluster jobs").arg(job->name, job->kind));
    auto repo = JobSupport::repository(config, job->repository);
    if (!repo)
        return fail(repo.error());
    std::shared_ptr<Repository> repository(std::move(*repo));
    auto backups = repository->listBackups(job->name);
    if (!backups)
        return fail(backups.error());
    QList<BackupMetadata> base;
    for (const BackupMetadata &b : std::as_const(*backups))
        if (b.kind == QLatin1String("postgresql-base") && b.status == QLatin1String("ok"))
            base.append(b);
    auto archive = std::make_shared<WalArchive>(*repository, job->name);
    auto files = archive->list();
    if (!files)
        return fail(files.error());
    const JobConfig jobConfig = *job;
    auto window = compute(base, *files, [archive, jobConfig](const ArchivedWal &file) -> Result<QByteArray> {
        auto keys = JobSupport::decodeSettings(jobConfig, file.key.endsWith(QLatin1String(".gpg")) ? QStringLiteral("openpgp") : QStringLiteral("none"));
        if (!keys)
            return fail(ErrorCode::MissingKey, keys.error().message);
        return archive->decode(file, *keys);
    });
    if (!window)
        return window;
    window->repositoryName = repository->name();
    window->m_keepAlive = std::make_shared<std::pair<std::shared_ptr<Repository>, std::shared_ptr<WalArchive>>>(repository, archive);
    return window;
}

} // namespace lifeboat
