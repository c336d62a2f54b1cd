#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

struct pg_conn;
struct pg_result;

namespace lifeboat {

class OperationContext;
class Sink;
class ThreadedSink;

// Takes a base backup by speaking BASE_BACKUP over a replication connection itself (PostgreSQL
// 15 and later: one COPY stream carrying the archive and the backup manifest) and writes one tar
// stream into a Sink: the server's base.tar with the WAL the backup needs, and backup_manifest
// appended as its last member — what `pg_basebackup -D - -Ft -X fetch` writes, without a second
// process and a pipe carrying every byte once more (docs/benchmarks.md).
class PgBaseBackupStream
{
    Q_DECLARE_TR_FUNCTIONS(PgBaseBackupStream)

public:
    struct Points
    {
        quint32 timeline = 0;
        quint64 startLsn = 0;
        quint64 stopLsn = 0;
        QDateTime startTime; // when the server reported the start point (after its checkpoint)
        QDateTime stopTime;
    };

    PgBaseBackupStream(QString conninfo, QByteArray password);
    ~PgBaseBackupStream();
    Q_DISABLE_COPY_MOVE(PgBaseBackupStream)

    // Connects, runs the backup and writes it to `out` (not finished here). `progress` sees the
    // archive bytes written so far. Cancelling (context) drops the connection: the server then
    // ends the backup itself.
    using Progress = std::function<void(qint64 bytes)>;
    [[nodiscard]] Status run(const QString &label, Sink *out, OperationContext *context, const Progress &progress = {});
    const Points &points() const { return m_points; }
    // The server's version number (150004), known after run() connected.
    int serverVersion() const { return m_serverVersion; }

private:
    Status runOnConnection(const QString &label, Sink *out, OperationContext *context, const Progress &progress);
    Status connect();
    Status waitReadable(OperationContext *context);
    // The next result of the running command; nullptr when it has none left.
    Result<pg_result *> nextResult(OperationContext *context);
    Status receiveArchive(ThreadedSink *out, OperationContext *context, const Progress &progress);
    Status writeHeld(ThreadedSink *out, size_t keep);
    Status finishArchive(ThreadedSink *out);
    Error serverError(pg_result *res, const QString &what) const;
    Error brokenError() const;

    QString m_conninfo;
    QByteArray m_password;
    pg_conn *m_conn = nullptr;
    int m_serverVersion = 0;
    Points m_points;
    // Archive bytes not yet written: the last 1 KiB is held back, since it may be the server's
    // end-of-archive blocks, which must come after backup_manifest.
    QByteArray m_held;
    QByteArray m_manifest;
    qint64 m_written = 0;
};

} // namespace lifeboat
