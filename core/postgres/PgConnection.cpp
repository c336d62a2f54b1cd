#include "PgConnection.h"

#include <QRegularExpression>
#include <libpq-fe.h>

namespace lifeboat {

namespace {
QString lastError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo, const QByteArray &password)
{
    std::unique_ptr<PgConnection> c(new PgConnection);
    const QByteArray info = conninfo.toUtf8();
    // expand_dbname = 1: "dbname" holds the whole conninfo; the password rides separately.
    const char *keys[] = {"dbname", "password", "application_name", "connect_timeout", nullptr};
    const char *values[] = {info.constData(), password.isEmpty() ? nullptr : password.constData(), "lifeboat", "10", nullptr};
    c->m_conn = PQconnectdbParams(keys, values, 1);
    if (!c->m_conn || PQstatus(c->m_conn) != CONNECTION_OK) {
        const QString error = c->m_conn ? lastError(c->m_conn) : QStringLiteral("out of memory");
        const QString where = c->m_conn ? c->where() : QString();
        QString fix = tr("check that the server runs and the conninfo's host and port");
        if (error.contains(QLatin1String("password authentication failed")) || error.contains(QLatin1String("no password supplied")))
            fix = tr("set password_file or PGPASSWORD");
        else if (error.contains(QLatin1String("does not exist")))
            fix = tr("check dbname and user in conninfo");
        return fail(ErrorCode::ServerUnavailable, tr("cannot connect to PostgreSQL at %1: %2 (%3)").arg(where, error, fix));
    }
    return c;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::where() const
{
    return QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)));
}

Result<PgConnection::Rows> PgConnection::query(const QString &sql, const QStringList &params)
{
    QList<QByteArray> bytes;
    std::vector<const char *> values;
    for (const QString &p : params)
        bytes.append(p.toUtf8());
    for (const QByteArray &b : bytes)
        values.push_back(b.constData());
    PGresult *res = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
        const bool lost = PQstatus(m_conn) != CONNECTION_OK;
        return fail(lost ? ErrorCode::ServerUnavailable : ErrorCode::Failed,
                    lost ? tr("lost the connection to PostgreSQL at %1: %2 (check the server's log)").arg(where(), error)
                         : tr("PostgreSQL at %1: %2").arg(where(), error),
                    sql);
    }
    Rows rows;
    for (int r = 0; r < PQntuples(res); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res); ++c)
            row.append(QString::fromUtf8(PQgetvalue(res, r, c)));
        rows.append(row);
    }
    PQclear(res);
    return rows;
}

Result<QString> PgConnection::scalar(const QString &sql, const QStringList &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return fail(rows.error());
    return rows->isEmpty() || rows->first().isEmpty() ? QString() : rows->first().first();
}

Status PgConnection::exec(const QString &sql)
{
    auto rows = query(sql);
    if (!rows)
        return fail(rows.error());
    return {};
}

QString PgConnection::quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString PgConnection::withDatabase(const QString &conninfo, const QString &database)
{
    static const QRegularExpression dbname(QStringLiteral(R"((^|\s)dbname\s*=\s*('[^']*'|\S+))"));
    QString escaped = database;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    const QString value = QStringLiteral("dbname='%1'").arg(escaped);
    QString out = conninfo;
    if (dbname.match(out).hasMatch())
        out.replace(dbname, QStringLiteral("\\1") + value);
    else
        out = out.trimmed() + QLatin1Char(' ') + value;
    return out.trimmed();
}

QString PgConnection::databaseOf(const QString &conninfo)
{
    static const QRegularExpression dbname(QStringLiteral(R"((?:^|\s)dbname\s*=\s*('([^']*)'|(\S+)))"));
    const auto m = dbname.match(conninfo);
    if (!m.hasMatch())
        return {};
    return m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
}

Status PgConnection::copyIn(const QString &copyStatement)
{
    PGresult *res = PQexec(m_conn, copyStatement.toUtf8().constData());
    const bool ok = PQresultStatus(res) == PGRES_COPY_IN;
    const QString error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (!ok)
        return fail(ErrorCode::Failed, tr("%1 failed: %2").arg(copyStatement.trimmed(), error.isEmpty() ? lastError(m_conn) : error));
    return {};
}

Status PgConnection::putCopyData(const char *data, size_t size)
{
    // Blocking connection: 1 means sent (or queued), -1 an error; 0 happens only non-blocking.
    if (PQputCopyData(m_conn, data, int(size)) != 1)
        return fail(ErrorCode::Failed, tr("sending rows to PostgreSQL at %1 failed: %2").arg(where(), lastError(m_conn)));
    return {};
}

Result<qint64> PgConnection::endCopy()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return fail(ErrorCode::Failed, tr("ending COPY at %1 failed: %2").arg(where(), lastError(m_conn)));
    qint64 rows = -1;
    QString error;
    while (PGresult *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(res)).toLongLong();
        else if (error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));
        PQclear(res);
    }
    if (!error.isEmpty() || rows < 0)
        return fail(ErrorCode::Failed, tr("loading rows into PostgreSQL at %1 failed: %2").arg(where(), error.isEmpty() ? lastError(m_conn) : error));
    return rows;
}

} // namespace lifeboat
