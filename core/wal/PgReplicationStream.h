#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

struct pg_conn;

namespace lifeboat {

// A physical replication connection (the walsender protocol, as pg_receivewal uses it) that
// receives WAL the moment the server has flushed it. It reports no flush position, so the
// server never counts it as a synchronous standby, and it uses no slot, so it never holds WAL
// back on the server.
class PgReplicationStream
{
    Q_DECLARE_TR_FUNCTIONS(PgReplicationStream)

public:
    struct System
    {
        QString systemId;
        quint32 timeline = 0;
        quint64 flushLsn = 0;
        quint64 segmentSize = 0;
        QString synchronousStandbyNames;
    };

    static Result<std::unique_ptr<PgReplicationStream>> open(const QString &conninfo, const QByteArray &password, const QString &applicationName);
    ~PgReplicationStream();
    Q_DISABLE_COPY_MOVE(PgReplicationStream)

    const System &system() const { return m_system; }
    [[nodiscard]] Status start(quint64 lsn, quint32 timeline);
    // The socket to wait on (poll for reading).
    int socket() const;
    // Handles everything that has arrived without blocking: WAL bytes go to `onData` (start
    // LSN, bytes). Returns false once the server ended the stream (e.g. a timeline switch).
    using DataHandler = std::function<Status(quint64 lsn, const char *data, size_t size)>;
    Result<bool> read(const DataHandler &onData);
    // The received position, for the server's pg_stat_replication; sent when the server asks
    // and every ten seconds.
    [[nodiscard]] Status sendStatus(bool force = false);

private:
    PgReplicationStream() = default;
    pg_conn *m_conn = nullptr;
    System m_system;
    quint64 m_received = 0;
    qint64 m_lastStatusMs = 0;
};

} // namespace lifeboat
