#include "PgDumpSource.h"

#include "common/ChildProcess.h"
#include "common/OperationContext.h"

#include <future>

namespace lifeboat {

PgDumpSource::PgDumpSource(JobConfig job, QString overrideDatabase)
    : m_job(std::move(job))
{
    if (!overrideDatabase.isEmpty())
        m_job.conninfo = PgConnection::withDatabase(m_job.conninfo, overrideDatabase);
}

PgDumpSource::~PgDumpSource() = default;

QString PgDumpSource::formatExtension() const
{
    return m_job.format == QLatin1String("plain") ? QStringLiteral(".sql") : QStringLiteral(".dump");
}

Status PgDumpSource::prepare(OperationContext *context)
{
    if (m_job.format == QLatin1String("directory"))
        return fail(ErrorCode::InvalidConfig,
                    tr("job \"%1\": format = \"directory\" is not available in this build yet (use \"custom\" or \"plain\")").arg(m_job.name));
    auto access = PgAccess::forJob(m_job);
    if (!access)
        return fail(access.error());
    m_access = *access;
    if (context)
        context->reportStep(tr("Connecting to PostgreSQL"));
    auto connection = PgConnection::open(m_access.conninfo, m_access.password);
    if (!connection)
        return fail(connection.error().code, tr("job \"%1\": %2").arg(m_job.name, connection.error().message));
    m_connection = std::move(*connection);
    auto facts = PgServerFacts::read(*m_connection);
    if (!facts)
        return fail(facts.error());
    m_facts = *facts;
    auto pgDump = PgAccess::tool(QStringLiteral("pg_dump"), m_facts.major);
    if (!pgDump)
        return fail(pgDump.error());
    m_pgDump = *pgDump;
    // The snapshot stays valid while this transaction is open, i.e. until stream() is done.
    LB_TRY(m_connection->exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")));
    auto snapshot = m_connection->scalar(QStringLiteral("SELECT pg_export_snapshot()"));
    if (!snapshot)
        return fail(snapshot.error());
    m_snapshot = *snapshot;
    return {};
}

Status PgDumpSource::stream(Sink *sink, OperationContext *context)
{
    if (context)
        context->reportStep(tr("Dumping %1 with pg_dump (%2 format), compressing, encrypting and storing").arg(m_facts.database, m_job.format));
    std::unique_ptr<QTemporaryDir> passDir;
    auto env = m_access.childEnvironment(passDir);
    if (!env)
        return fail(env.error());
    const QStringList args{QStringLiteral("--format=%1").arg(m_job.format == QLatin1String("plain") ? QStringLiteral("plain") : QStringLiteral("custom")),
                           QStringLiteral("--compress=0"),
                           QStringLiteral("--no-password"),
                           QStringLiteral("--snapshot=") + m_snapshot,
                           QStringLiteral("--dbname=") + m_access.conninfo};
    auto child = ChildProcess::start(m_pgDump, args, *env);
    if (!child)
        return fail(child.error());
    // Row counts in the same snapshot, beside the dump (the connection is used only there).
    auto counts = std::async(std::launch::async, [this] { return PgServerFacts::rowCounts(*m_connection); });
    auto status = (*child)->pumpStdout(sink, context);
    if (status)
        status = (*child)->wait(tr("pg_dump of %1 failed").arg(m_facts.database));
    auto tables = counts.get();
    (void)m_connection->exec(QStringLiteral("COMMIT"));
    LB_TRY(status);
    if (!tables)
        return fail(tables.error());
    m_facts.tables = *tables;
    return {};
}

QJsonObject PgDumpSource::sourceInfo() const
{
    QJsonObject o = m_facts.toSourceJson();
    o.insert(QStringLiteral("format"), m_job.format);
    return o;
}

} // namespace lifeboat
