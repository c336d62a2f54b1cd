#include "WalIndexOperation.h"

#include "RelationSnapshot.h"
#include "CommitPacking.h"
#include "WalArchive.h"
#include "WaldumpParser.h"
#include "WalPrefetcher.h"
#include "catalog/Catalog.h"
#include "common/ChildProcess.h"
#include "jobs/JobSupport.h"
#include "pipeline/Sink.h"
#include "postgres/PgAccess.h"
#include "repository/Repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QMap>
#include <QTemporaryDir>
#include <cstring>
#include <optional>

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
    // Per catalog and job: two configurations may both name a job "pg".
    const QString lockKey = QString::fromLatin1(QCryptographicHash::hash((m_params.config.catalogUrl + QLatin1Char('\n') + job->name).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    QLockFile lock(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-wal-index-%1.lock").arg(lockKey)));
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
    // Keys once per run, not per segment (loading an OpenPGP key costs milliseconds).
    std::optional<DecodeSettings> plainKeys, pgpKeys;
    auto keysFor = [&](const ArchivedWal &file) -> Result<DecodeSettings> {
        const bool pgp = file.key.endsWith(QLatin1String(".gpg"));
        std::optional<DecodeSettings> &slot = pgp ? pgpKeys : plainKeys;
        if (!slot) {
            auto keys = JobSupport::decodeSettings(*job, pgp ? QStringLiteral("openpgp") : QStringLiteral("none"));
            if (!keys)
                return fail(ErrorCode::MissingKey, tr("the WAL of job %1 is encrypted and the job has no secret key to read it: %2").arg(job->name, keys.error().message));
            slot = *keys;
        }
        return *slot;
    };
    const quint64 segSize = quint64(WalName::kDefaultSegmentSize);

    // What is left to read, for progress.
    qint64 totalSegments = 0;
    for (auto t = segments.cbegin(); t != segments.cend(); ++t) {
        const quint64 from = stateOf.contains(t.key()) ? WalName::segmentOf(stateOf.value(t.key()).resumeLsn) : 0;
        for (auto s = t.value().cbegin(); s != t.value().cend(); ++s)
            totalSegments += s.key() > from || (s.key() == from && stateOf.value(t.key()).lastSegment.isEmpty()) ? 1 : 0;
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
            auto keys = keysFor(histories.value(tli));
            auto history = keys ? archive.decode(histories.value(tli), *keys) : Result<QByteArray>(fail(keys.error()));
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
            // The next run of segments without gaps, from the one the last update stopped in.
            const quint64 wantedSegment = state.resumeLsn ? WalName::segmentOf(state.resumeLsn) : 0;
            auto first = onTimeline.lowerBound(wantedSegment);
            if (first == onTimeline.cend())
                break;
            QList<ArchivedWal> run;
            for (auto it = first; it != onTimeline.cend(); ++it) {
                if (!run.isEmpty() && it.key() != run.last().wal.segmentNumber + 1)
                    break;
                run.append(it.value());
            }
            const bool gapFollows = std::next(onTimeline.find(run.last().wal.segmentNumber)) != onTimeline.cend();
            if (run.size() == 1 && state.lastSegment == run.first().wal.name) {
                if (!gapFollows)
                    break; // nothing new archived
                // A gap: records across it are lost; go on with the segment after it.
                const ArchivedWal &next = std::next(onTimeline.find(run.last().wal.segmentNumber)).value();
                m_result.warnings.append(tr("timeline %1: the archive has no segments between %2 and %3; events there are not indexed")
                                             .arg(tli)
                                             .arg(run.first().wal.name, next.wal.name));
                state.resumeLsn = next.wal.segmentNumber * segSize;
                state.lastSegment.clear();
                parser = WaldumpParser();
                continue;
            }
            if (!major) {
                // The release that wrote the WAL decides which pg_waldump reads it.
                auto keys = keysFor(run.first());
                if (!keys)
                    return fail(keys.error());
                // Decoded where the prefetcher would put it, so it is not decoded twice.
                const QString first = QDir(scratch.path()).filePath(run.first().wal.name);
                if (Status s = archive.fetch(run.first(), first, *keys); !s)
                    return s;
                QFile head(first);
                quint16 magic = 0;
                if (head.open(QIODevice::ReadOnly))
                    head.read(reinterpret_cast<char *>(&magic), sizeof magic);
                major = majorFromPageMagic(magic);
                if (!major)
                    return fail(ErrorCode::Corrupt, tr("%1 is not WAL of a PostgreSQL release Lifeboat knows (page magic %2)").arg(run.first().wal.name).arg(magic, 4, 16, QLatin1Char('0')));
                auto tool = PgAccess::tool(QStringLiteral("pg_waldump"), major);
                if (!tool)
                    return fail(tool.error());
                waldump = *tool;
            }
            for (const ArchivedWal &f : std::as_const(run))
                if (auto keys = keysFor(f); !keys)
                    return fail(keys.error());
            WalPrefetcher prefetch(
                run, scratch.path(),
                [&archive, &plainKeys, &pgpKeys](const ArchivedWal &file, const QString &dest) -> Status {
                    const DecodeSettings &keys = file.key.endsWith(QLatin1String(".gpg")) ? *pgpKeys : *plainKeys;
                    return archive.fetch(file, dest, keys);
                },
                2 * m_params.batchSegments);

            // Batches of what is decoded; each one starts again in the previous one's last
            // segment, where a record continuing past it was left out.
            int index = 0;
            bool runDone = false;
            while (!runDone) {
                if (isCancelled())
                    return fail(ErrorCode::Cancelled, tr("cancelled; the index keeps every stretch stored so far"));
                reportStep(tr("Reading %1").arg(run.at(index).wal.name));
                // A short first batch, so decoding overlaps pg_waldump from the start.
                auto ready = prefetch.waitFor(std::min<int>(index + (index == 0 ? 1 : 3), int(run.size()) - 1));
                if (!ready)
                    return fail(ready.error());
                const int last = std::min<int>({*ready, index + m_params.batchSegments, int(run.size())}) - 1;
                const ArchivedWal &lastFile = run.at(last);
                const quint64 startLsn = std::max(state.resumeLsn, run.at(index).wal.segmentNumber * segSize);

                // STARTSEG and ENDSEG named: pg_waldump takes the segment size from the first and
                // stops at the end of the last without looking for (and waiting on) the next one.
                QStringList args{QStringLiteral("-p"), scratch.path(), QStringLiteral("-t"), QString::number(tli), QStringLiteral("-s"), Lsn::format(startLsn)};
                if (major >= 15) // several -r filters at once; older releases take one, so they read everything
                    for (const char *rmgr : {"Heap", "Transaction", "Storage", "Database"})
                        args << QStringLiteral("-r") << QLatin1String(rmgr);
                args << run.at(index).wal.name << lastFile.wal.name;
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
                const quint64 lastStart = lastFile.wal.segmentNumber * segSize;
                quint64 resume = std::max(parser.lastLsn(), state.resumeLsn);
                int nextIndex = last;
                if (exited || isEndOfWal(exited.error().message)) {
                    const quint64 stopSegment = WalName::segmentOf(resume);
                    if (!exited && stopSegment < lastFile.wal.segmentNumber) {
                        // Unreadable before the end of what it was given: skip past it.
                        m_result.warnings.append(tr("timeline %1: WAL could not be read past %2 (%3); the index goes on with the next segment")
                                                     .arg(tli)
                                                     .arg(Lsn::format(resume), exited.error().message));
                        nextIndex = int(stopSegment + 1 - run.first().wal.segmentNumber);
                        resume = (stopSegment + 1) * segSize;
                    } else {
                        resume = std::max(resume, lastStart);
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
                    chunk.firstUs = chunk.lastUs = commits.first().timeUs;
                    for (const WalCommit &c : std::as_const(commits)) {
                        chunk.firstUs = std::min(chunk.firstUs, c.timeUs);
                        chunk.lastUs = std::max(chunk.lastUs, c.timeUs);
                        (c.abort ? chunk.aborts : chunk.commits) += 1;
                    }
                    chunk.data = CommitPacking::pack(commits);
                }
                qint64 fresh = 0; // segments read for the first time (the first one may have been read in part)
                for (int i = index; i <= last; ++i)
                    if (run.at(i).wal.name > state.lastSegment)
                        ++fresh;
                state.resumeLsn = resume;
                state.lastSegment = std::max(state.lastSegment, lastFile.wal.name);
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
                runDone = last == int(run.size()) - 1 && nextIndex == last;
                if (nextIndex >= int(run.size()))
                    runDone = true;
                index = std::min(nextIndex, int(run.size()) - 1);
                prefetch.release(index);
            }
            if (!gapFollows)
                break;
        }
    }
    m_result.upToDate = !anything;
    m_result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return {};
}

} // namespace lifeboat
