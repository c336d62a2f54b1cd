#include "PgReplicationStream.h"

#include "WalName.h"

#include <QDateTime>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace lifeboat {

namespace {

QString lastError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

quint64 readUint64(const char *p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

void writeUint64(char *p, quint64 v)
{
    for (int i = 7; i >= 0; --i) {
        p[i] = char(v & 0xff);
        v >>= 8;
    }
}

// SHOW's "16MB", "1GB", "512kB"
quint64 parseSize(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+)\\s*(kB|MB|GB)?$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const quint64 n = m.captured(1).toULongLong();
    const QString unit = m.captured(2);
    return unit == QLatin1String("GB") ? n << 30 : unit == QLatin1String("MB") ? n << 20 : unit == QLatin1String("kB") ? n << 10 : n;
}

// Microseconds since 2000-01-01, the protocol's clock.
quint64 protocolNow()
{
    static const qint64 epoch = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return quint64(QDateTime::currentMSecsSinceEpoch() - epoch) * 1000;
}

} // namespace

Result<std::unique_ptr<PgReplicationStream>> PgReplicationStream::open(const QString &conninfo, const QByteArray &password, const QString &applicationName)
{
    std::unique_ptr<PgReplicationStream> s(new PgReplicationStream);
    const QByteArray info = conninfo.toUtf8();
    const QByteArray app = applicationName.toUtf8();
    const char *keys[] = {"dbname", "password", "application_name", "connect_timeout", "replication", nullptr};
    const char *values[] = {info.constData(), password.isEmpty() ? nullptr : password.constData(), app.constData(), "10", "true", nullptr};
    s->m_conn = PQconnectdbParams(keys, values, 1);
    if (!s->m_conn || PQstatus(s->m_conn) != CONNECTION_OK)
        return fail(ErrorCode::ServerUnavailable,
                    tr("cannot open a replication connection: %1 (allow \"replication\" for this user in pg_hba.conf and keep max_wal_senders above 0)")
                        .arg(s->m_conn ? lastError(s->m_conn) : QStringLiteral("out of memory")));
    auto single = [&](const char *command, int columns) -> Result<QStringList> {
        PGresult *res = PQexec(s->m_conn, command);
        if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1 || PQnfields(res) < columns) {
            const QString error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
            PQclear(res);
            return fail(ErrorCode::Failed, tr("the replication connection refused %1: %2").arg(QString::fromLatin1(command), error));
        }
        QStringList out;
        for (int c = 0; c < columns; ++c)
            out.append(QString::fromUtf8(PQgetvalue(res, 0, c)));
        PQclear(res);
        return out;
    };
    auto identity = single("IDENTIFY_SYSTEM", 3);
    if (!identity)
        return fail(identity.error());
    s->m_system.systemId = identity->at(0);
    s->m_system.timeline = identity->at(1).toUInt();
    if (!Lsn::parse(identity->at(2), &s->m_system.flushLsn))
        return fail(ErrorCode::Failed, tr("the server reported an unreadable WAL position \"%1\"").arg(identity->at(2)));
    auto segment = single("SHOW wal_segment_size", 1);
    if (!segment)
        return fail(segment.error());
    s->m_system.segmentSize = parseSize(segment->first());
    if (s->m_system.segmentSize == 0)
        return fail(ErrorCode::Failed, tr("the server reported an unreadable wal_segment_size \"%1\"").arg(segment->first()));
    auto sync = single("SHOW synchronous_standby_names", 1);
    if (!sync)
        return fail(sync.error());
    s->m_system.synchronousStandbyNames = sync->first();
    return s;
}

PgReplicationStream::~PgReplicationStream()
{
    if (m_conn)
        PQfinish(m_conn);
}

int PgReplicationStream::socket() const
{
    return PQsocket(m_conn);
}

Status PgReplicationStream::start(quint64 lsn, quint32 timeline)
{
    const QByteArray command = QStringLiteral("START_REPLICATION %1 TIMELINE %2").arg(Lsn::format(lsn)).arg(timeline).toLatin1();
    PGresult *res = PQexec(m_conn, command.constData());
    const bool ok = PQresultStatus(res) == PGRES_COPY_BOTH;
    const QString error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (!ok)
        return fail(ErrorCode::Failed, tr("the server did not start streaming WAL: %1").arg(error));
    m_received = lsn;
    if (PQsetnonblocking(m_conn, 1) != 0)
        return fail(ErrorCode::Failed, tr("cannot stream WAL: %1").arg(lastError(m_conn)));
    return {};
}

Result<bool> PgReplicationStream::read(const DataHandler &onData)
{
    if (PQconsumeInput(m_conn) == 0)
        return fail(ErrorCode::ServerUnavailable, tr("the WAL stream broke: %1").arg(lastError(m_conn)));
    for (;;) {
        char *buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 1);
        if (n == 0)
            return true; // nothing more for now
        if (n == -1) {
            PGresult *res = PQgetResult(m_conn);
            PQclear(res);
            return false;
        }
        if (n < 0)
            return fail(ErrorCode::ServerUnavailable, tr("the WAL stream broke: %1").arg(lastError(m_conn)));
        Status status;
        if (buffer[0] == 'w' && n >= 25) {
            const quint64 start = readUint64(buffer + 1);
            status = onData(start, buffer + 25, size_t(n - 25));
            m_received = qMax(m_received, start + quint64(n - 25));
        } else if (buffer[0] == 'k' && n >= 18) {
            if (buffer[17])
                status = sendStatus(true);
        }
        PQfreemem(buffer);
        LB_TRY(status);
    }
}

Status PgReplicationStream::sendStatus(bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastStatusMs < 10000)
        return {};
    // 'r', written, flushed, applied, clock, reply requested. Flushed and applied stay 0
    // (invalid): the server never waits for this connection before it confirms a commit.
    char message[1 + 8 * 4 + 1] = {'r'};
    writeUint64(message + 1, m_received);
    writeUint64(message + 9, 0);
    writeUint64(message + 17, 0);
    writeUint64(message + 25, protocolNow());
    message[33] = 0;
    if (PQputCopyData(m_conn, message, int(sizeof message)) <= 0 || PQflush(m_conn) < 0)
        return fail(ErrorCode::ServerUnavailable, tr("the WAL stream broke: %1").arg(lastError(m_conn)));
    m_lastStatusMs = now;
    return {};
}

} // namespace lifeboat
