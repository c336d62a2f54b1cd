#include "PgBaseBackupSource.h"

#include "PgBaseBackupStream.h"
#include "PgConnection.h"
#include "common/ChildProcess.h"
#include "common/Clock.h"
#include "common/OperationContext.h"
#include "pipeline/Sink.h"
#include "wal/WalName.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace lifeboat {

namespace {

// Counts bytes for progress against the cluster's size (pg_basebackup's own estimate comes
// only with --progress, which costs a second pass over the files).
class ProgressTap final : public Sink
{
public:
    ProgressTap(Sink *next, qint64 total, OperationContext *context)
        : m_next(next)
        , m_total(total)
        , m_context(context)
    {
    }
    Status write(const char *data, size_t size) override
    {
        m_done += qint64(size);
        if (m_context && (m_done - m_reported) >= (8 << 20)) {
            m_reported = m_done;
            m_context->reportProgress(m_done, qMax(m_total, m_done));
        }
        return m_next->write(data, size);
    }
    Status finish() override { return m_next->finish(); }

private:
    Sink *m_next;
    qint64 m_total;
    OperationContext *m_context;
    qint64 m_done = 0;
    qint64 m_reported = 0;
};

qint64 parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*(kB|MB|GB)?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    qint64 v = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("kB"))
        v *= 1024;
    else if (unit == QLatin1String("MB"))
        v *= 1024 * 1024;
    else if (unit == QLatin1String("GB"))
        v *= 1024LL * 1024 * 1024;
    return v;
}

} // namespace

PgBaseBackupSource::PgBaseBackupSource(JobConfig job)
    : m_job(std::move(job))
{
}

PgBaseBackupSource::~PgBaseBackupSource() = default;

Status PgBaseBackupSource::prepare(OperationContext *context)
{
    auto access = PgAccess::forJob(m_job);
    if (!access)
        return fail(access.error());
    m_access = *access;
    if (context)
        context->reportStep(tr("Connecting to PostgreSQL"));
    auto connection = PgConnection::open(m_access.conninfo, m_access.password);
    if (!connection)
        return fail(connection.error().code, tr("job \"%1\": %2").arg(m_job.name, connection.error().message));
    PgConnection &db = **connection;
    auto facts = db.query(QStringLiteral(
        "SELECT current_setting('server_version'), current_setting('server_version_num')::int / 10000, "
        "(SELECT system_identifier::text FROM pg_control_system()), current_setting('wal_segment_size'), "
        "(SELECT sum(pg_database_size(oid))::bigint FROM pg_database), current_setting('wal_level')"));
    if (!facts)
        return fail(facts.error());
    const QStringList row = facts->value(0);
    m_serverVersion = row.value(0);
    m_major = row.value(1).toInt();
    m_systemIdentifier = row.value(2);
    m_segmentSize = parseSize(row.value(3));
    m_clusterBytes = row.value(4).toLongLong();
    if (row.value(5) == QLatin1String("minimal"))
        return fail(ErrorCode::InvalidConfig, tr("job \"%1\": the server at %2 runs with wal_level = minimal, which allows no base backups "
                                                 "(set wal_level = replica and restart it; \"lifeboat-cli check %1\" prints every setting)")
                                                  .arg(m_job.name, db.where()));
    auto spaces = db.query(QStringLiteral("SELECT spcname, pg_tablespace_location(oid) FROM pg_tablespace "
                                          "WHERE spcname NOT IN ('pg_default', 'pg_global') ORDER BY 1"));
    if (!spaces)
        return fail(spaces.error());
    if (!spaces->isEmpty()) {
        QStringList names;
        for (const QStringList &s : std::as_const(*spaces))
            names.append(QStringLiteral("%1 (%2)").arg(s.value(0), s.value(1)));
        return fail(ErrorCode::Usage, tr("job \"%1\": the cluster has tablespaces outside its data directory: %2; base backups of such "
                                         "clusters are not supported yet (move them into pg_default, or back the databases up with "
                                         "kind = \"postgresql\")")
                                          .arg(m_job.name, names.join(QStringLiteral(", "))));
    }
    if (!useOwnStream()) {
        auto tool = PgAccess::tool(QStringLiteral("pg_basebackup"), m_major);
        if (!tool)
            return fail(tool.error());
        m_pgBaseBackup = *tool;
    }
    return {};
}

bool PgBaseBackupSource::parseProgressLine(const QByteArray &line)
{
    static const QRegularExpression start(QStringLiteral("start point: ([0-9A-F]+/[0-9A-F]+) on timeline (\\d+)"));
    static const QRegularExpression stop(QStringLiteral("end point: ([0-9A-F]+/[0-9A-F]+)"));
    const QString text = QString::fromUtf8(line);
    if (const auto m = start.match(text); m.hasMatch()) {
        Lsn::parse(m.captured(1), &m_startLsn);
        m_timeline = m.captured(2).toUInt();
        m_startTime = Clock::instance().now().toUTC();
        return true;
    }
    if (const auto m = stop.match(text); m.hasMatch()) {
        Lsn::parse(m.captured(1), &m_stopLsn);
        m_stopTime = Clock::instance().now().toUTC();
        return true;
    }
    // The rest of --verbose's chatter; errors ("pg_basebackup: error: ...") stay in the tail.
    return !text.contains(QLatin1String("error")) && !text.contains(QLatin1String("FATAL"));
}

bool PgBaseBackupSource::useOwnStream() const
{
    // LIFEBOAT_BASE_BACKUP_TOOL=pg_basebackup: back to the pg_basebackup child, for a server or
    // proxy the own stream does not get along with (docs/configuration.md).
    return m_major >= 15 && qEnvironmentVariable("LIFEBOAT_BASE_BACKUP_TOOL") != QLatin1String("pg_basebackup");
}

Status PgBaseBackupSource::stream(Sink *sink, OperationContext *context)
{
    if (useOwnStream())
        return streamOwn(sink, context);
    return streamWithTool(sink, context);
}

Status PgBaseBackupSource::streamOwn(Sink *sink, OperationContext *context)
{
    if (context)
        context->reportStep(tr("Copying the cluster over a replication connection, compressing, encrypting and storing"));
    PgBaseBackupStream backup(m_access.conninfo, m_access.password);
    const qint64 total = m_clusterBytes;
    auto progress = [context, total](qint64 done) {
        if (context)
            context->reportProgress(done, qMax(total, done));
    };
    if (auto status = backup.run(QStringLiteral("lifeboat ") + m_job.name, sink, context, progress); !status)
        return fail(status.error().code, tr("base backup of job \"%1\": %2").arg(m_job.name, status.error().message));
    const PgBaseBackupStream::Points &points = backup.points();
    m_timeline = points.timeline;
    m_startLsn = points.startLsn;
    m_stopLsn = points.stopLsn;
    m_startTime = points.startTime;
    m_stopTime = points.stopTime;
    return {};
}

Status PgBaseBackupSource::streamWithTool(Sink *sink, OperationContext *context)
{
    if (context)
        context->reportStep(tr("Copying the cluster with pg_basebackup, compressing, encrypting and storing"));
    std::unique_ptr<QTemporaryDir> passDir;
    auto env = m_access.childEnvironment(passDir);
    if (!env)
        return fail(env.error());
    const QStringList args{QStringLiteral("--dbname=") + m_access.conninfo, QStringLiteral("--pgdata=-"), QStringLiteral("--format=tar"),
                           QStringLiteral("--wal-method=fetch"), QStringLiteral("--checkpoint=fast"), QStringLiteral("--no-password"),
                           QStringLiteral("--verbose"), QStringLiteral("--label=lifeboat ") + m_job.name};
    auto child = ChildProcess::start(m_pgBaseBackup, args, *env);
    if (!child)
        return fail(child.error());
    (*child)->setStderrLineHandler([this](const QByteArray &line) { return parseProgressLine(line); });
    ProgressTap tap(sink, m_clusterBytes, context);
    LB_TRY((*child)->pumpStdout(&tap, context));
    LB_TRY((*child)->wait(tr("pg_basebackup of job \"%1\" failed").arg(m_job.name)));
    if (m_timeline == 0 || m_stopLsn == 0)
        return fail(ErrorCode::Failed, tr("pg_basebackup of job \"%1\" did not report its WAL start and end points; the backup cannot be "
                                          "used for point-in-time recovery (check the PostgreSQL client version)")
                                           .arg(m_job.name));
    return {};
}

QJsonObject PgBaseBackupSource::sourceInfo() const
{
    return QJsonObject{{QStringLiteral("engine"), QStringLiteral("postgresql")},
                       {QStringLiteral("server_version"), m_serverVersion},
                       {QStringLiteral("database"), QStringLiteral("")},
                       {QStringLiteral("size_bytes"), m_clusterBytes},
                       {QStringLiteral("system_identifier"), m_systemIdentifier},
                       {QStringLiteral("tables"), QJsonObject{}}};
}

QJsonObject PgBaseBackupSource::pitrInfo() const
{
    const qint64 segmentSize = m_segmentSize > 0 ? m_segmentSize : WalName::kDefaultSegmentSize;
    // The stop point's segment: the last WAL the backup needs to become consistent.
    const quint64 stopSegment = WalName::segmentOf(m_stopLsn > 0 ? m_stopLsn - 1 : 0, segmentSize);
    return QJsonObject{{QStringLiteral("timeline"), qint64(m_timeline)},
                       {QStringLiteral("start_lsn"), Lsn::format(m_startLsn)},
                       {QStringLiteral("stop_lsn"), Lsn::format(m_stopLsn)},
                       {QStringLiteral("start_wal"), WalName::segmentName(m_timeline, WalName::segmentOf(m_startLsn, segmentSize), segmentSize)},
                       {QStringLiteral("stop_wal"), WalName::segmentName(m_timeline, qMax(stopSegment, WalName::segmentOf(m_startLsn, segmentSize)), segmentSize)},
                       {QStringLiteral("start_time"), isoUtcPrecise(m_startTime)},
                       {QStringLiteral("stop_time"), isoUtcPrecise(m_stopTime)},
                       {QStringLiteral("wal_segment_size"), segmentSize},
                       {QStringLiteral("system_identifier"), m_systemIdentifier}};
}

} // namespace lifeboat
