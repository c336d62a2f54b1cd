#pragma once

#include "TestSupport.h"

#include <QTemporaryDir>

namespace lifeboat::test {

// A private PostgreSQL 15 for one test: initdb in a temp folder owned by postgres (the server
// refuses to run as root), unix socket in that folder only (no TCP, so tests never collide),
// scram-sha-256 password authentication for the superuser. Stopped on destruction.
class PgServer
{
public:
    // `extraConfig`: more postgresql.conf lines (archiving settings, for instance).
    explicit PgServer(const QString &extraConfig = {});
    ~PgServer();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    static QByteArray password() { return "pg-test-Secret-42"; }
    QString socketDir() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString serverLog() const { return m_dir.filePath(QStringLiteral("server.log")); }
    // conninfo without the password (what a job's conninfo holds).
    QString conninfo(const QString &db = QStringLiteral("postgres")) const;
    ProcessResult psql(const QString &db, const QString &sql) const;
    QString scalar(const QString &db, const QString &sql) const;
    bool start();
    // Rewrites pg_hba.conf (password logins over the socket, with or without replication) and
    // reloads; false when the reload failed.
    bool setReplicationAllowed(bool allowed);
    void stop();

private:
    ProcessResult asPostgres(const QStringList &command) const;
    QTemporaryDir m_dir;
    bool m_running = false;
    QString m_error;
};

} // namespace lifeboat::test
