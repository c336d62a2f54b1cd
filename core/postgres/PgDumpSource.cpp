#include "PgDumpSource.h"

#include "common/ChildProcess.h"
#include "common/OperationContext.h"
#include "DumpRowCounter.h"
#include "TocCounter.h"
#include "jobs/JobSupport.h"
#include "pipeline/ClosedFilePacker.h"

#include <QDir>
#include <QTemporaryDir>

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
    if (m_job.format == QLatin1String("plain"))
        return QStringLiteral(".sql");
    return m_job.format == QLatin1String("directory") ? QStringLiteral(".dir.tar") : QStringLiteral(".dump");
}

Status PgDumpSource::prepare(OperationContext *context)
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
    m_connection = std::move(*connection);
    auto facts = PgServerFacts::read(*m_connection);
    if (!facts)
        return fail(facts.error());
    m_facts = *facts;
    auto pgDump = PgAccess::tool(QStringLiteral("pg_dump"), m_facts.major);
    if (!pgDump)
        return fail(pgDump.error());
    m_pgDump = *pgDump;
    auto pgRestore = PgAccess::tool(QStringLiteral("pg_restore"), m_facts.major);
    if (!pgRestore)
        return fail(pgRestore.error());
    m_pgRestore = *pgRestore;
    if (m_job.globals) {
        auto pgDumpAll = PgAccess::tool(QStringLiteral("pg_dumpall"), m_facts.major);
        if (!pgDumpAll)
            return fail(pgDumpAll.error());
        m_pgDumpAll = *pgDumpAll;
        auto super = m_connection->scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        m_superuser = super && *super == QLatin1String("t");
    }
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
    auto tables = PgServerFacts::tableNames(*m_connection);
    if (!tables)
        return fail(tables.error());
    // Rows per table, exact and in the dump's snapshot: followed in the dump's own COPY data as
    // it streams past, so production tables are not read a second time. A plain SQL dump is
    // not followed; its tables are counted beside the dump in the same snapshot.
    Result<QMap<QString, qint64>> counts;
    if (m_job.format == QLatin1String("plain")) {
        auto counting = std::async(std::launch::async, [&] { return PgServerFacts::rowCounts(*m_connection, *tables); });
        auto status = dumpStream(sink, *env, nullptr, context);
        counts = counting.get();
        (void)m_connection->exec(QStringLiteral("COMMIT"));
        LB_TRY(status);
    } else {
        DumpRowCounter rows;
        auto status = m_job.format == QLatin1String("directory") ? dumpDirectory(sink, *env, &rows, context)
                                                                 : dumpStream(sink, *env, &rows, context);
        if (status) {
            // Tables the archive did not show rows for (none, normally) are counted directly.
            const auto followed = rows.rows();
            if (context && followed.size() < tables->size())
                context->reportStep(tr("Counting the rows of %n table(s)", nullptr, int(tables->size() - followed.size())));
            counts = PgServerFacts::rowCounts(*m_connection, *tables, followed);
        }
        (void)m_connection->exec(QStringLiteral("COMMIT"));
        LB_TRY(status);
    }
    if (!counts)
        return fail(counts.error());
    m_facts.tables = *counts;
    return {};
}

QStringList PgDumpSource::commonArguments() const
{
    return {QStringLiteral("--compress=0"), QStringLiteral("--no-password"), QStringLiteral("--snapshot=") + m_snapshot,
            QStringLiteral("--dbname=") + m_access.conninfo};
}

Status PgDumpSource::dumpStream(Sink *sink, const QProcessEnvironment &env, DumpRowCounter *rows, OperationContext *context)
{
    const QString format = m_job.format == QLatin1String("plain") ? QStringLiteral("plain") : QStringLiteral("custom");
    auto child = ChildProcess::start(m_pgDump, QStringList{QStringLiteral("--format=") + format} + commonArguments(), env);
    if (!child)
        return fail(child.error());
    // The custom format starts with its table of contents: keep the head to count its items,
    // which a restore later shows its progress against.
    if (rows)
        rows->setNext(sink);
    TocCounter toc(rows ? static_cast<Sink *>(rows) : sink, format == QLatin1String("custom"));
    LB_TRY((*child)->pumpStdout(&toc, context));
    LB_TRY((*child)->wait(tr("pg_dump of %1 failed").arg(m_facts.database)));
    if (rows)
        rows->endOfStream();
    m_tocItems = toc.count(m_pgRestore);
    return {};
}

namespace {
// pg_dump writes each table's data file once and closes it; its TOC files are left for the end.
bool isTableDataFile(const QString &name)
{
    return name.endsWith(QLatin1String(".dat")) && name != QLatin1String("toc.dat");
}
} // namespace

Status PgDumpSource::dumpDirectory(Sink *sink, const QProcessEnvironment &env, DumpRowCounter *rows, OperationContext *context)
{
    QTemporaryDir scratch(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-pgdump-XXXXXX")));
    if (!scratch.isValid())
        return fail(ErrorCode::Failed, tr("cannot create a scratch folder in %1: %2 (set LIFEBOAT_TMPDIR to a writable folder)")
                                           .arg(JobSupport::workDir(), scratch.errorString()));
    const QString folder = scratch.filePath(QStringLiteral("dump"));
    if (!QDir().mkdir(folder))
        return fail(ErrorCode::Failed, tr("cannot create %1").arg(folder));
    ClosedFilePacker packer(folder, sink, &isTableDataFile);
    QByteArray tocDat;
    packer.setObserver([&](const QString &name, const char *data, size_t size) {
        if (name == QLatin1String("toc.dat"))
            tocDat.append(data, qsizetype(size));
        else if (isTableDataFile(name))
            rows->addFile(name, data, size);
    });
    LB_TRY(packer.open());
    const QStringList args = QStringList{QStringLiteral("--format=directory"), QStringLiteral("--jobs=%1").arg(qMax(1, m_job.parallel)),
                                         QStringLiteral("--file=") + folder}
        + commonArguments();
    auto child = ChildProcess::start(m_pgDump, args, env);
    if (!child)
        return fail(child.error());
    while (!(*child)->waitExited(0)) {
        if (context && context->isCancelled()) {
            (*child)->kill();
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        }
        auto packed = packer.packClosed(200, context);
        if (!packed) {
            (*child)->kill();
            return packed;
        }
        if (context)
            context->reportProgress(packer.contentBytes(), 0);
    }
    LB_TRY((*child)->wait(tr("pg_dump of %1 failed").arg(m_facts.database)));
    auto tocCount = TocCounter::countItems(m_pgRestore, folder);
    LB_TRY(packer.finish(context));
    rows->setToc(tocDat);
    m_tocItems = tocCount;
    return {};
}

QStringList PgDumpSource::parts() const
{
    return m_job.globals ? QStringList{QStringLiteral("globals")} : QStringList{};
}

QString PgDumpSource::partExtension(const QString &part) const
{
    return QStringLiteral(".%1.sql").arg(part);
}

Status PgDumpSource::streamPart(const QString &part, Sink *sink, OperationContext *context)
{
    if (part != QLatin1String("globals"))
        return BackupSource::streamPart(part, sink, context);
    if (context)
        context->reportStep(tr("Dumping roles and tablespaces with pg_dumpall --globals-only"));
    std::unique_ptr<QTemporaryDir> passDir;
    auto env = m_access.childEnvironment(passDir);
    if (!env)
        return fail(env.error());
    QStringList args{QStringLiteral("--globals-only"), QStringLiteral("--no-password"), QStringLiteral("--dbname=") + m_access.conninfo};
    // Only a superuser may read pg_authid; others still get every role, without passwords.
    if (!m_superuser) {
        args.append(QStringLiteral("--no-role-passwords"));
        if (context)
            context->reportLog(tr("roles are stored without their passwords: the job's role is not a superuser"));
    }
    auto child = ChildProcess::start(m_pgDumpAll, args, *env);
    if (!child)
        return fail(child.error());
    LB_TRY((*child)->pumpStdout(sink, context));
    return (*child)->wait(tr("pg_dumpall --globals-only failed"));
}

QJsonObject PgDumpSource::sourceInfo() const
{
    QJsonObject o = m_facts.toSourceJson();
    o.insert(QStringLiteral("format"), m_job.format);
    if (m_tocItems > 0)
        o.insert(QStringLiteral("toc_items"), m_tocItems);
    if (m_job.globals)
        o.insert(QStringLiteral("role_passwords"), m_superuser);
    return o;
}

} // namespace lifeboat
