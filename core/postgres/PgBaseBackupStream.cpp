#include "PgBaseBackupStream.h"

#include "common/Clock.h"
#include "common/OperationContext.h"
#include "pipeline/Sink.h"
#include "pipeline/TarWriter.h"
#include "pipeline/ThreadedSink.h"
#include "wal/WalName.h"

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

namespace lifeboat {

namespace {

// The server sends 32 KiB CopyData messages; the pipeline's stages (thread hand-offs, zstd
// frames) cost per call, so they get the archive in pieces of this size instead.
constexpr int kWriteChunk = 512 << 10;
// Two tar blocks of zeros: the end-of-archive marker.
constexpr int kTrailer = 1024;
// A chunk, the held-back trailer and one more CopyData message.
constexpr int kHeldCapacity = kWriteChunk + kTrailer + (64 << 10);

using ResultPtr = std::unique_ptr<PGresult, void (*)(PGresult *)>;

QString oneLine(const char *text)
{
    return QString::fromUtf8(text).trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

PgBaseBackupStream::PgBaseBackupStream(QString conninfo, QByteArray password)
    : m_conninfo(std::move(conninfo))
    , m_password(std::move(password))
{
}

PgBaseBackupStream::~PgBaseBackupStream()
{
    if (m_conn)
        PQfinish(m_conn);
}

Status PgBaseBackupStream::connect()
{
    const QByteArray info = m_conninfo.toUtf8();
    const char *keys[] = {"dbname", "password", "application_name", "connect_timeout", "replication", nullptr};
    const char *values[] = {info.constData(), m_password.isEmpty() ? nullptr : m_password.constData(), "lifeboat base backup", "10", "true", nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return fail(ErrorCode::ServerUnavailable,
                    tr("cannot open a replication connection for the base backup: %1 (allow \"replication\" for this user in pg_hba.conf "
                       "and keep max_wal_senders above 0)")
                        .arg(m_conn ? oneLine(PQerrorMessage(m_conn)) : QStringLiteral("out of memory")));
    m_serverVersion = PQserverVersion(m_conn);
    return {};
}

Error PgBaseBackupStream::brokenError() const
{
    return {ErrorCode::ServerUnavailable,
            tr("the base backup stream from the server broke: %1 (check that the server is running and reachable, then back up again)")
                .arg(oneLine(PQerrorMessage(m_conn))),
            {}};
}

Error PgBaseBackupStream::serverError(PGresult *res, const QString &what) const
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = oneLine(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn));
    if (state && std::strcmp(state, "XX001") == 0)
        return {ErrorCode::Corrupt,
                tr("the server found data page checksum failures while reading the cluster: %1 (the cluster has damaged pages; "
                   "find them with pg_checksums or amcheck and repair them before trusting a backup)")
                    .arg(message),
                {}};
    if (!res || PQstatus(m_conn) == CONNECTION_BAD)
        return brokenError();
    return {ErrorCode::Failed, tr("%1: %2").arg(what, message), {}};
}

Status PgBaseBackupStream::waitReadable(OperationContext *context)
{
    for (;;) {
        if (context && context->isCancelled())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        const int n = ::poll(&fd, 1, 250);
        if (n > 0)
            return {};
        if (n < 0 && errno != EINTR)
            return fail(brokenError());
    }
}

Result<PGresult *> PgBaseBackupStream::nextResult(OperationContext *context)
{
    while (PQisBusy(m_conn)) {
        LB_TRY(waitReadable(context));
        if (PQconsumeInput(m_conn) == 0)
            return fail(brokenError());
    }
    return PQgetResult(m_conn);
}

Status PgBaseBackupStream::run(const QString &label, Sink *out, OperationContext *context, const Progress &progress)
{
    Status status = runOnConnection(label, out, context, progress);
    // Closed at once, also after a failure or a cancel: the server then ends the backup itself
    // instead of keeping it (and its WAL) until this object goes.
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    return status;
}

Status PgBaseBackupStream::runOnConnection(const QString &label, Sink *out, OperationContext *context, const Progress &progress)
{
    LB_TRY(connect());
    if (m_serverVersion < 150000)
        return fail(ErrorCode::Usage, tr("the server runs PostgreSQL %1; Lifeboat's own base backup stream needs 15 or later").arg(m_serverVersion / 10000));
    // WAIT false: the backup carries its WAL itself (WAL), as pg_basebackup -X fetch asks.
    const QByteArray command = QStringLiteral("BASE_BACKUP (LABEL %1, CHECKPOINT 'fast', WAL, WAIT false, MANIFEST 'yes')").arg(literal(label)).toUtf8();
    if (PQsendQuery(m_conn, command.constData()) == 0)
        return fail(brokenError());

    auto start = nextResult(context);
    if (!start)
        return fail(start.error());
    ResultPtr startRes(*start, PQclear);
    if (PQresultStatus(startRes.get()) != PGRES_TUPLES_OK || PQntuples(startRes.get()) != 1 || PQnfields(startRes.get()) < 2)
        return fail(serverError(startRes.get(), tr("the server refused to start the base backup")));
    if (!Lsn::parse(QString::fromLatin1(PQgetvalue(startRes.get(), 0, 0)), &m_points.startLsn))
        return fail(ErrorCode::Failed, tr("the server reported an unreadable start point \"%1\"").arg(QString::fromLatin1(PQgetvalue(startRes.get(), 0, 0))));
    m_points.timeline = QByteArray(PQgetvalue(startRes.get(), 0, 1)).toUInt();
    m_points.startTime = Clock::instance().now().toUTC();

    auto header = nextResult(context);
    if (!header)
        return fail(header.error());
    ResultPtr headerRes(*header, PQclear);
    if (PQresultStatus(headerRes.get()) != PGRES_TUPLES_OK)
        return fail(serverError(headerRes.get(), tr("the server did not describe the backup's tablespaces")));
    if (PQntuples(headerRes.get()) != 1)
        return fail(ErrorCode::Usage, tr("the cluster has %1 tablespaces; one tar stream carries only the data directory (move the other "
                                          "tablespaces into pg_default)")
                                           .arg(PQntuples(headerRes.get())));

    auto copy = nextResult(context);
    if (!copy)
        return fail(copy.error());
    ResultPtr copyRes(*copy, PQclear);
    if (PQresultStatus(copyRes.get()) != PGRES_COPY_OUT)
        return fail(serverError(copyRes.get(), tr("the server did not send the backup")));
    // The stages behind get the archive on a thread of their own: the socket is read on while
    // they work (the server stalls once its socket buffer is full).
    ThreadedSink forward(out);
    LB_TRY(receiveArchive(&forward, context, progress));

    // The end point; a COPY completion before it is skipped.
    ResultPtr endRes(nullptr, PQclear);
    for (;;) {
        auto next = nextResult(context);
        if (!next)
            return fail(next.error());
        endRes.reset(*next);
        if (!endRes || PQresultStatus(endRes.get()) != PGRES_COMMAND_OK)
            break;
    }
    if (!endRes || PQresultStatus(endRes.get()) != PGRES_TUPLES_OK || PQntuples(endRes.get()) != 1)
        return fail(serverError(endRes.get(), tr("the base backup failed at its end")));
    if (!Lsn::parse(QString::fromLatin1(PQgetvalue(endRes.get(), 0, 0)), &m_points.stopLsn))
        return fail(ErrorCode::Failed, tr("the server reported an unreadable end point \"%1\"").arg(QString::fromLatin1(PQgetvalue(endRes.get(), 0, 0))));
    m_points.stopTime = Clock::instance().now().toUTC();
    // The command's completion carries a checksum failure found while sending (SQLSTATE XX001).
    for (;;) {
        auto next = nextResult(context);
        if (!next)
            return fail(next.error());
        ResultPtr res(*next, PQclear);
        if (!res)
            break;
        if (PQresultStatus(res.get()) != PGRES_COMMAND_OK)
            return fail(serverError(res.get(), tr("the base backup failed at its end")));
    }
    LB_TRY(finishArchive(&forward));
    return forward.drain();
}

Status PgBaseBackupStream::receiveArchive(ThreadedSink *out, OperationContext *context, const Progress &progress)
{
    enum class Part { None, Archive, Manifest } part = Part::None;
    int archives = 0;
    m_held.reserve(kHeldCapacity);
    qint64 reported = 0;
    for (;;) {
        char *buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 1);
        if (n == 0) {
            LB_TRY(waitReadable(context));
            if (PQconsumeInput(m_conn) == 0)
                return fail(brokenError());
            continue;
        }
        if (n == -1)
            break;
        if (n < 0)
            return fail(brokenError());
        std::unique_ptr<char, void (*)(void *)> freer(buffer, PQfreemem);
        const char type = buffer[0];
        const char *body = buffer + 1;
        const int size = n - 1;
        if (type == 'd') {
            if (part == Part::Archive) {
                m_held.append(body, size);
                if (m_held.size() >= kWriteChunk + kTrailer) {
                    LB_TRY(writeHeld(out, kTrailer));
                    if (context && context->isCancelled())
                        return fail(ErrorCode::Cancelled, tr("Cancelled."));
                    if (progress && m_written - reported >= (8 << 20)) {
                        reported = m_written;
                        progress(m_written);
                    }
                }
            } else if (part == Part::Manifest) {
                m_manifest.append(body, size);
            } else {
                return fail(ErrorCode::Failed, tr("the server sent backup data before naming its archive (protocol error)"));
            }
        } else if (type == 'n') {
            if (++archives > 1)
                return fail(ErrorCode::Usage, tr("the server sent more than one archive; one tar stream carries only the data directory "
                                                 "(move other tablespaces into pg_default)"));
            part = Part::Archive;
        } else if (type == 'm') {
            part = Part::Manifest;
        } else if (type != 'p') {
            return fail(ErrorCode::Failed, tr("the server sent an unknown base backup message '%1' (protocol error)").arg(QLatin1Char(type)));
        }
    }
    if (archives == 0)
        return fail(ErrorCode::Failed, tr("the server ended the base backup without sending the data directory"));
    if (m_manifest.isEmpty())
        return fail(ErrorCode::Failed, tr("the server ended the base backup without its manifest"));
    return {};
}

Status PgBaseBackupStream::writeHeld(ThreadedSink *out, size_t keep)
{
    const size_t size = size_t(m_held.size());
    if (size <= keep)
        return {};
    // The chunk goes over as it is; only the held-back tail is copied.
    QByteArray chunk = std::move(m_held);
    m_held = QByteArray(chunk.constData() + (size - keep), qsizetype(keep));
    if (keep > 0) // more archive follows; the last flush needs no room
        m_held.reserve(kHeldCapacity);
    chunk.truncate(qsizetype(size - keep));
    m_written += qint64(chunk.size());
    return out->push(std::move(chunk));
}

Status PgBaseBackupStream::finishArchive(ThreadedSink *out)
{
    // A server that ends its tar with the end-of-archive blocks (15 and later do) gets them
    // moved behind backup_manifest; one that does not gets them added.
    const bool terminated = m_held.size() >= kTrailer
        && std::all_of(m_held.constEnd() - kTrailer, m_held.constEnd(), [](char c) { return c == 0; });
    if (terminated)
        m_held.chop(kTrailer);
    if (m_held.size() % 512 != 0)
        return fail(ErrorCode::Failed, tr("the server's base backup archive does not end on a tar block (protocol error)"));
    LB_TRY(writeHeld(out, 0));
    TarWriter manifest(out);
    LB_TRY(manifest.open());
    LB_TRY(manifest.addBuffer(QStringLiteral("backup_manifest"), m_manifest));
    return manifest.close();
}

} // namespace lifeboat
