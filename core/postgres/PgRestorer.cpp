#include "PgRestorer.h"

#include "PgServerFacts.h"
#include "common/ChildProcess.h"
#include "common/OperationContext.h"
#include "jobs/JobSupport.h"
#include "pipeline/FileSink.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <unistd.h>

namespace lifeboat {

PgRestorer::PgRestorer(Repository &repository, BackupMetadata meta, DecodeSettings keys, PgAccess access)
    : m_repository(repository)
    , m_meta(std::move(meta))
    , m_keys(std::move(keys))
    , m_access(std::move(access))
{
}

int PgRestorer::sourceMajor() const
{
    return m_meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
}

Result<std::unique_ptr<PgConnection>> PgRestorer::admin() const
{
    return PgConnection::open(PgConnection::withDatabase(m_access.conninfo, QStringLiteral("postgres")), m_access.password);
}

Result<bool> PgRestorer::databaseExists(PgConnection &admin, const QString &database) const
{
    auto n = admin.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {database});
    if (!n)
        return fail(n.error());
    return *n != QLatin1String("0");
}

Status PgRestorer::dropDatabase(PgConnection &admin, const QString &database)
{
    return admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(PgConnection::quoteIdentifier(database)));
}

Result<QMap<QString, qint64>> PgRestorer::restoreNew(const QString &database, int jobs, OperationContext *context)
{
    auto adminConnection = admin();
    if (!adminConnection)
        return fail(adminConnection.error());
    QString encoding = m_meta.source.value(QStringLiteral("encoding")).toString(QStringLiteral("UTF8"));
    LB_TRY((*adminConnection)->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING '%2'")
                                        .arg(PgConnection::quoteIdentifier(database), encoding.remove(QLatin1Char('\'')))));
    QMap<QString, qint64> counts;
    Status status = runRestore(database, jobs, context);
    if (status)
        status = compareCounts(database, counts);
    if (!status) {
        // Never leave a half-restored database behind.
        (void)dropDatabase(**adminConnection, database);
        return fail(status.error());
    }
    return counts;
}

Status PgRestorer::runRestore(const QString &database, int jobs, OperationContext *context)
{
    const bool plain = m_meta.artifact.contains(QLatin1String(".sql"));
    auto tool = PgAccess::tool(plain ? QStringLiteral("psql") : QStringLiteral("pg_restore"), qMax(15, sourceMajor()));
    if (!tool)
        return fail(tool.error());
    std::unique_ptr<QTemporaryDir> passDir;
    auto env = m_access.childEnvironment(passDir);
    if (!env)
        return fail(env.error());
    const QString target = PgConnection::withDatabase(m_access.conninfo, database);
    QStringList args = plain ? QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                           QStringLiteral("--no-password"), QStringLiteral("-d"), target}
                             : QStringList{QStringLiteral("--exit-on-error"), QStringLiteral("--no-password"), QStringLiteral("--dbname=") + target};
    const QString what = tr("restoring %1 into database %2 failed").arg(m_meta.id, database);

    if (!plain && jobs > 1) {
        // Parallel pg_restore needs a seekable archive: decode to a private scratch file first.
        const QString scratch = QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-restore-%1-%2.dump").arg(::getpid()).arg(m_meta.id));
        QFile::remove(scratch);
        FileSink file;
        auto status = file.open(scratch);
        if (status)
            status = ArtifactVerifier::decode(m_repository, m_meta, m_keys, &file, context);
        if (status) {
            if (context)
                context->reportStep(tr("Restoring with pg_restore --jobs=%1").arg(jobs));
            auto child = ChildProcess::start(*tool, args + QStringList{QStringLiteral("--jobs=%1").arg(jobs), scratch}, *env);
            status = child ? (*child)->wait(what) : Status(fail(child.error()));
        }
        QFile::remove(scratch);
        return status;
    }
    if (context)
        context->reportStep(tr("Restoring with %1").arg(plain ? QStringLiteral("psql") : QStringLiteral("pg_restore")));
    auto child = ChildProcess::start(*tool, args, *env);
    if (!child)
        return fail(child.error());
    auto status = ArtifactVerifier::decode(m_repository, m_meta, m_keys, (*child)->stdinSink(), context);
    if (!status) {
        // The child's own complaint explains a broken pipe better than "cannot write".
        const QString tail = (*child)->stderrTail();
        (*child)->kill();
        if (status.error().code == ErrorCode::Failed && !tail.isEmpty())
            return fail(ErrorCode::Failed, tr("%1: %2").arg(what, tail));
        return status;
    }
    return (*child)->wait(what);
}

Status PgRestorer::compareCounts(const QString &database, QMap<QString, qint64> &counts) const
{
    auto connection = PgConnection::open(PgConnection::withDatabase(m_access.conninfo, database), m_access.password);
    if (!connection)
        return fail(connection.error());
    auto actual = PgServerFacts::rowCounts(**connection);
    if (!actual)
        return fail(actual.error());
    counts = *actual;
    const QStringList differing = m_meta.tableDifferences(counts);
    if (!differing.isEmpty())
        return fail(ErrorCode::Corrupt, tr("the restored database %1 differs from the backup's record: %2").arg(database, differing.join(QStringLiteral("; "))));
    return {};
}

Status PgRestorer::checkFormat(const BackupMetadata &meta, const QString &decodedFile)
{
    if (meta.artifact.contains(QLatin1String(".sql"))) {
        QFile f(decodedFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Failed, tr("cannot read %1").arg(decodedFile));
        const QByteArray head = f.read(4096);
        f.seek(qMax<qint64>(0, f.size() - 4096));
        const QByteArray tail = f.read(4096);
        if (!head.contains("-- PostgreSQL database dump") || !tail.contains("-- PostgreSQL database dump complete"))
            return fail(ErrorCode::Corrupt, tr("the plain SQL dump is incomplete (its header or completion line is missing)"));
        return {};
    }
    const int major = meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
    auto tool = PgAccess::tool(QStringLiteral("pg_restore"), qMax(15, major));
    if (!tool)
        return fail(tool.error());
    QProcess p;
    p.start(*tool, {QStringLiteral("--list"), decodedFile});
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(ErrorCode::Corrupt, tr("pg_restore --list rejects the archive: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return {};
}

} // namespace lifeboat
