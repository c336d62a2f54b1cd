#include "WalIndexOperation.h"

#include "RelationSnapshot.h"
#include "CommitPacking.h"
#include "WalArchive.h"
#include "WaldumpParser.h"
#include "catalog/Catalog.h"
#include "common/ChildProcess.h"
#include "jobs/JobSupport.h"
#include "pipeline/Sink.h"
#include "postgres/PgAccess.h"
#include "repository/Repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QMap>
#include <QTemporaryDir>
#include <cstring>

namespace lifeboat {

namespace {

// Splits pg_waldump's stdout into lines for the parser.
class LineSink final : public Sink
{
public:
    explicit LineSink(WaldumpParser &parser) : m_parser(parser) {}
    Status write(const char *data, size_t size) override
    {
        const char *p = data;
        const char *end = data + size;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!nl) {
                m_partial.append(p, end - p);
                break;
            }
            if (!m_partial.isEmpty()) {
                m_partial.append(p, nl - p);
                m_parser.feed(m_partial.constData(), m_partial.size());
                m_partial.clear();
            } else {
                m_parser.feed(p, nl - p);
            }
            p = nl + 1;
        }
        return {};
    }
    Status finish() override
    {
        if (!m_partial.isEmpty())
            m_parser.feed(m_partial.constData(), m_partial.size());
        m_partial.clear();
        return {};
    }

private:
    WaldumpParser &m_parser;
    QByteArray m_partial;
};

// pg_waldump's ways of saying "no more WAL here": the next segment is not archived yet, or the
// rest of the last one was never written.
bool isEndOfWal(const QString &message)
{
    return message.contains(QLatin1String("could not find file")) || message.contains(QLatin1String("could not find a valid record"))
           || message.contains(QLatin1String("wanted 24, got 0"));
}

} // namespace

WalIndexOperation::WalIndexOperation(WalIndexParams params, QObject *parent) : Operation(parent), m_params(std::move(params)) {}

int WalIndexOperation::majorFromPageMagic(quint16 magic)
{
    // XLOG_PAGE_MAGIC of each release (src/include/access/xlog_internal.h).
    static const QList<QPair<quint16, int>> magics = {{0xD118, 18}, {0xD116, 17}, {0xD113, 16}, {0xD110, 15}, {0xD10D, 14}, {0xD106, 13}, {0xD101, 12}};
    for (const auto &[m, major] : magics)
        if (magic >= m)
            return magic - m < 3 ? major : 0;
    return 0;
}

Status WalIndexOperation::execute()
{
    QElapsedTimer clock;
    clock.start();
    auto job = JobSupport::job(m_params.config, m_params.job);
    if (!job)
        return fail(job.error());
    if (job->kind != QLatin1String("postgresql-cluster"))
        return fail(ErrorCode::Usage, tr("job \"%1\" is of kind \"%2\": WAL events belong to postgresql-cluster jobs").arg(job->name, job->kind));
    auto repository = JobSupport::repository(m_params.config, job->repository);
    if (!repository)
        return fail(repository.error());
    auto catalog = JobSupport::catalog(m_params.config);
    if (!catalog)
        return fail(catalog.error());

    // One update per job at a time; a second one (a user's `timeline` during the scheduled run)
    // is told so instead of storing the same stretch twice.
    QLockFile lock(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-wal-index-%1.lock").arg(job->name)));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return fail(ErrorCode::Busy, tr("the WAL event index of job %1 is being updated by another process; try again when it finishes").arg(job->name));

    if (m_params.rebuild)
        if (Status s = (*catalog)->clearWalIndex(job->name); !s)
            return s;

    if (m_params.snapshotNames) {
        reportStep(tr("Reading relation names from the server"));
        auto snapshot = RelationSnapshot::read(*job);
        if (!snapshot) {
            m_result.warnings.append(tr("relation names were not refreshed (%1); events are named from earlier snapshots").arg(snapshot.error().message));
        } else {
            if (Status s = (*catalog)->storeRelationNames(job->name, snapshot->relations); !s)
                return s;
            for (const QString &skipped : std::as_const(snapshot->skipped))
                m_result.warnings.append(tr("relation names of database %1 could not be read").arg(skipped));
        }
    }
    auto names = (*catalog)->relationNames(job->name);
    if (!names)
        return fail(names.error());
    const RelationNamer namer(*names);

    WalArchive archive(**repository, job->name);
    auto files = archive.list();
    if (!files)
        return fail(files.error());
    auto states = (*catalog)->walIndexStates(job->name);
    if (!states)
        return fail(states.error());
    QMap<quint32, Catalog::WalIndexState> stateOf;
    for (const Catalog::WalIndexState &s : std::as_const(*states))
        stateOf.insert(s.timeline, s);

    QMap<quint32, QMap<quint64, ArchivedWal>> segments; // timeline -> segment number -> file
    QMap<quint32, ArchivedWal> histories;
    for (const ArchivedWal &f : std::as_const(*files)) {
        if (f.wal.type == WalName::Type::Segment)
            segments[f.wal.timeline].insert(f.wal.segmentNumber, f);
        else if (f.wal.type == WalName::Type::History)
            histories.insert(f.wal.timeline, f);
    }
    auto decodeFile = [&](const ArchivedWal &file) -> Result<QByteArray> {
        auto keys = JobSupport::decodeSettings(*job, file.key.endsWith(QLatin1String(".gpg")) ? QStringLiteral("openpgp") : QStringLiteral("none"));
        if (!keys)
            return fail(ErrorCode::MissingKey, tr("the WAL of job %1 is encrypted and the job has no secret key to read it: %2").arg(job->name, keys.error().message));
        return archive.decode(file, *keys);
    };
    const quint64 segSize = quint64(WalName::kDefaultSegmentSize);

    // What is left to read, for progress.
    qint64 totalSegments = 0;
    for (auto t = segments.cbegin(); t != segments.cend(); ++t) {
        const quint64 from = stateOf.contains(t.key()) ? WalName::segmentOf(stateOf.value(t.key()).resumeLsn) : 0;
        for (auto s = t.value().cbegin(); s != t.value().cend(); ++s)
            totalSegments += s.key() >= from ? 1 : 0;
    }
    qint64 doneSegments = 0;
    reportItems(0, totalSegments);

    QTemporaryDir scratch(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-walindex-XXXXXX")));
    if (!scratch.isValid())
        return fail(ErrorCode::Failed, tr("cannot create a temporary folder in %1 to decode WAL into: %2").arg(JobSupport::workDir(), scratch.errorString()));
    QString waldump;
    int major = 0;
    bool anything = false;

    for (auto t = segments.cbegin(); t != segments.cend(); ++t) {
        const quint32 tli = t.key();
        const QMap<quint64, ArchivedWal> &onTimeline = t.value();
        Catalog::WalIndexState state = stateOf.value(tli);
        state.timeline = tli;
        WaldumpParser parser;
        if (!parser.restoreState(state.pending))
            m_result.warnings.append(tr("the saved state of open transactions on timeline %1 was unreadable and was dropped").arg(tli));
        if (state.resumeLsn == 0 && tli > 1 && histories.contains(tli)) {
            // Records before the switch point in this timeline's first segment are the parent's.
            auto history = decodeFile(histories.value(tli));
            if (history) {
                const QList<QByteArray> lines = history->split('\n');
                for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
                    const QList<QByteArray> cols = it->simplified().split(' ');
                    quint64 lsn = 0;
                    if (cols.size() >= 2 && !cols.first().startsWith('#') && Lsn::parse(QString::fromLatin1(cols.at(1)), &lsn)) {
                        state.resumeLsn = lsn > 0 ? lsn - 1 : 0;
                        break;
                    }
                }
            }
        }
        for (;;) {
            if (isCancelled())
                return fail(ErrorCode::Cancelled, tr("cancelled; the index keeps every stretch stored so far"));
            // The first archived segment at or after the resume point, then a run without gaps.
            const quint64 wantedSegment = state.resumeLsn ? WalName::segmentOf(state.resumeLsn) : 0;
            auto first = onTimeline.lowerBound(wantedSegment);
            if (first == onTimeline.cend())
                break;
            quint64 startLsn = state.resumeLsn;
            if (first.key() != wantedSegment || state.resumeLsn == 0)
                startLsn = std::max(startLsn, first.key() * segSize);
            // Nothing new: the only segment left is the one already read up to its crossing record.
            QList<ArchivedWal> batch;
            for (auto it = first; it != onTimeline.cend() && batch.size() < m_params.batchSegments; ++it) {
                if (!batch.isEmpty() && it.key() != batch.last().wal.segmentNumber + 1)
                    break;
                batch.append(it.value());
            }
            const quint64 lastSegment = batch.last().wal.segmentNumber;
            const quint64 endLsn = (lastSegment + 1) * segSize;
            if (batch.size() == 1 && state.lastSegment == batch.first().wal.name && std::next(first) == onTimeline.cend())
                break;

            // Decode what the scratch folder lacks; drop what is behind.
            for (const QFileInfo &fi : QDir(scratch.path()).entryInfoList(QDir::Files)) {
                const WalName n = WalName::parse(fi.fileName());
                if (!n.isValid() || n.timeline != tli || n.segmentNumber < batch.first().wal.segmentNumber)
                    QFile::remove(fi.filePath());
            }
            for (const ArchivedWal &f : std::as_const(batch)) {
                const QString dest = QDir(scratch.path()).filePath(f.wal.name);
                if (QFile::exists(dest))
                    continue;
                reportStep(tr("Reading %1").arg(f.wal.name));
                auto plain = decodeFile(f);
                if (!plain)
                    return fail(plain.error());
                if (!major && plain->size() >= 2) {
                    quint16 magic = 0;
                    std::memcpy(&magic, plain->constData(), 2);
                    major = majorFromPageMagic(magic);
                    if (!major)
                        return fail(ErrorCode::Corrupt, tr("%1 is not WAL of a PostgreSQL release Lifeboat knows (page magic %2)").arg(f.wal.name).arg(magic, 4, 16, QLatin1Char('0')));
                    auto tool = PgAccess::tool(QStringLiteral("pg_waldump"), major);
                    if (!tool)
                        return fail(tool.error());
                    waldump = *tool;
                }
                QFile out(dest + QStringLiteral(".part"));
                if (!out.open(QIODevice::WriteOnly) || out.write(*plain) != plain->size() || !out.flush())
                    return fail(ErrorCode::DiskFull, tr("cannot write decoded WAL to %1: %2 (free space there or set LIFEBOAT_TMPDIR)").arg(scratch.path(), out.errorString()));
                out.close();
                if (!QFile::rename(out.fileName(), dest))
                    return fail(ErrorCode::Failed, tr("cannot rename %1 in %2").arg(out.fileName(), scratch.path()));
            }

            QStringList args{QStringLiteral("-p"), scratch.path(), QStringLiteral("-t"), QString::number(tli), QStringLiteral("-s"), Lsn::format(startLsn),
                             QStringLiteral("-e"), Lsn::format(endLsn)};
            if (major >= 15) // several -r filters at once; older releases take one, so they read everything
                for (const char *rmgr : {"Heap", "Transaction", "Storage", "Database"})
                    args << QStringLiteral("-r") << QLatin1String(rmgr);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            auto child = ChildProcess::start(waldump, args, env);
            if (!child)
                return fail(child.error());
            parser.setSkipThrough(state.resumeLsn);
            LineSink lines(parser);
            if (Status s = (*child)->pumpStdout(&lines, this); !s) {
                (*child)->kill();
                return s;
            }
            (void)lines.finish();
            const Status exited = (*child)->wait(tr("pg_waldump"));
            quint64 resume = std::max(parser.lastLsn(), state.resumeLsn);
            quint64 nextStart = 0; // set when WAL cannot be read past a point before the batch's end
            if (exited) {
                resume = std::max(resume, endLsn);
            } else if (isEndOfWal(exited.error().message)) {
                // Read up to a record that continues into a segment not archived yet (or an
                // unwritten rest): start again from the last segment of this batch.
                const quint64 stopSegment = WalName::segmentOf(resume);
                if (stopSegment < lastSegment && !exited.error().message.contains(QLatin1String("could not find file"))) {
                    m_result.warnings.append(tr("timeline %1: WAL could not be read past %2 (%3); the index goes on with the next segment")
                                                 .arg(tli).arg(Lsn::format(resume), exited.error().message));
                    nextStart = (stopSegment + 1) * segSize;
                    resume = nextStart;
                } else {
                    resume = std::max(resume, lastSegment * segSize);
                }
            } else {
                return fail(ErrorCode::Failed, tr("reading the WAL of job %1 with pg_waldump failed: %2").arg(job->name, exited.error().message));
            }

            QVector<WalCommit> commits = parser.takeCommits();
            QList<WalEvent> events;
            for (WalEvent &e : parser.takeEvents()) {
                e.timeline = tli;
                if (e.kind == WalEvent::Kind::Truncate && namer.knowsAny(e.relations) && !namer.hitsTable(e.relations))
                    e.kind = WalEvent::Kind::Rewrite; // only indexes: a REINDEX
                e.names = namer.names(e.relations);
                events.append(e);
            }
            Catalog::WalCommitChunk chunk;
            chunk.timeline = tli;
            if (!commits.isEmpty()) {
                chunk.firstLsn = commits.first().lsn;
                chunk.lastLsn = commits.last().lsn;
                chunk.firstUs = commits.first().timeUs;
                chunk.lastUs = commits.first().timeUs;
                for (const WalCommit &c : std::as_const(commits)) {
                    chunk.firstUs = std::min(chunk.firstUs, c.timeUs);
                    chunk.lastUs = std::max(chunk.lastUs, c.timeUs);
                    (c.abort ? chunk.aborts : chunk.commits) += 1;
                }
                chunk.data = CommitPacking::pack(commits);
            }
            // Segments newly read in this batch (the first may have been read before, in part).
            qint64 fresh = 0;
            for (const ArchivedWal &f : std::as_const(batch))
                if (f.wal.name > state.lastSegment)
                    ++fresh;
            state.resumeLsn = resume;
            state.lastSegment = std::max(state.lastSegment, batch.last().wal.name);
            state.segments += fresh;
            state.walBytes += fresh * qint64(segSize);
            state.pending = parser.saveState();
            state.updatedAt = QDateTime::currentDateTimeUtc();
            if (Status s = (*catalog)->storeWalIndexBatch(job->name, state, chunk, events); !s)
                return s;
            anything = anything || fresh > 0;
            m_result.segmentsRead += fresh;
            m_result.walBytes += fresh * qint64(segSize);
            m_result.commits += chunk.commits;
            m_result.events += events.size();
            doneSegments += fresh;
            reportItems(doneSegments, totalSegments);
            if (fresh == 0 && !nextStart && resume <= startLsn)
                break; // no progress possible until more WAL is archived
        }
    }
    m_result.upToDate = !anything;
    m_result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return {};
}

} // namespace lifeboat
