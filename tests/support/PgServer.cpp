#include "PgServer.h"

#include <QDir>
#include <QFile>

namespace lifeboat::test {

namespace {
const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
}

ProcessResult PgServer::asPostgres(const QStringList &command) const
{
    return run(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command);
}

PgServer::PgServer(const QString &extraConfig)
    : m_dir(QDir::tempPath() + QStringLiteral("/lifeboat-pg-XXXXXX"))
{
    run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
    writeFile(m_dir.filePath(QStringLiteral("pwfile")), password() + '\n');
    run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.filePath(QStringLiteral("pwfile"))});
    const auto init = asPostgres({bin + QStringLiteral("initdb"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--auth=scram-sha-256"),
                                  QStringLiteral("--pwfile=") + m_dir.filePath(QStringLiteral("pwfile")), QStringLiteral("-E"),
                                  QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
    if (init.exitCode != 0) {
        m_error = QString::fromUtf8(init.err);
        return;
    }
    QFile conf(m_dir.filePath(QStringLiteral("data/postgresql.conf")));
    conf.open(QIODevice::Append);
    conf.write(QStringLiteral("listen_addresses = ''\nunix_socket_directories = '%1'\nport = 5432\nfsync = off\n"
                              "synchronous_commit = off\nfull_page_writes = off\nmax_connections = 40\n")
                   .arg(m_dir.path())
                   .toUtf8());
    conf.write(extraConfig.toUtf8() + '\n');
    conf.close();
    start();
}

PgServer::~PgServer()
{
    stop();
}

bool PgServer::start()
{
    const auto r = asPostgres({bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-w"),
                               QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("start")});
    m_running = r.exitCode == 0;
    if (!m_running)
        m_error = QString::fromUtf8(r.err + r.out + readFile(m_dir.filePath(QStringLiteral("server.log"))));
    return m_running;
}

void PgServer::stop()
{
    if (!m_running)
        return;
    asPostgres({bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("stop")});
    m_running = false;
}

QString PgServer::conninfo(const QString &db) const
{
    return QStringLiteral("host=%1 port=5432 dbname=%2 user=postgres").arg(m_dir.path(), db);
}

ProcessResult PgServer::psql(const QString &db, const QString &sql) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(password()));
    return run(bin + QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(db)},
               sql.toUtf8(), env);
}

QString PgServer::scalar(const QString &db, const QString &sql) const
{
    return QString::fromUtf8(psql(db, sql).out.trimmed());
}

bool PgServer::setReplicationAllowed(bool allowed)
{
    const QString hba = dataDir() + QStringLiteral("/pg_hba.conf");
    QByteArray text = "local all all scram-sha-256\n";
    if (allowed)
        text += "local replication all scram-sha-256\n";
    writeFile(hba, text);
    run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), hba});
    return scalar(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")) == QLatin1String("t");
}

} // namespace lifeboat::test
