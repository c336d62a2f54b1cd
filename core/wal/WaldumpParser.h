#pragma once

#include "WalEvents.h"

#include <QByteArray>
#include <QVector>
#include <unordered_map>
#include <vector>

namespace lifeboat {

// Turns pg_waldump's text output (run with TZ=UTC; PostgreSQL 12-16 record descriptions) into
// commits, aborts and destructive changes. Fed line by line as pg_waldump prints; the state of
// transactions still open at the end of a batch carries over (saveState/restoreState), so a
// DELETE spread over many segments is still counted whole.
//
// How a change is recognised, per transaction:
// - DROP: its commit drops statistics of relations it did not create itself (PostgreSQL 15+),
//   or, on older servers, drops storage and deletes pg_class rows.
// - TRUNCATE: its commit drops storage of relations that live on (or a heap TRUNCATE record,
//   logged with wal_level = logical).
// - rewrite (VACUUM FULL, CLUSTER, ALTER TABLE ... TYPE): like TRUNCATE, but through a
//   transient table that it creates and drops itself.
// - DROP DATABASE: a database drop record; the event names the database (relation number 0).
// - DELETE / UPDATE bursts: at least `burstRows` heap delete / update records on one relation.
class WaldumpParser
{
public:
    explicit WaldumpParser(qint64 burstRows = kDefaultBurstRows) : m_burstRows(burstRows) {}

    // One line without its newline.
    void feed(const char *line, qsizetype length);
    // Records at or before `lsn` are ignored: they were read by an earlier batch.
    void setSkipThrough(quint64 lsn) { m_skipThrough = lsn; }

    QVector<WalCommit> takeCommits();
    QVector<WalEvent> takeEvents();
    // LSN of the last record read (0 before the first).
    quint64 lastLsn() const { return m_lastLsn; }
    qint64 linesRead() const { return m_lines; }

    // Open transactions' counters, for the next batch or the next run.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    static constexpr qint64 kDefaultBurstRows = 1000;
    // Relations with file nodes below this are the system catalogs (FirstNormalObjectId).
    static constexpr quint32 kFirstNormalOid = 16384;

private:
    struct RelCount
    {
        quint32 database = 0;
        quint32 node = 0;
        qint64 deletes = 0;
        qint64 updates = 0;
    };
    struct Xact
    {
        std::vector<RelCount> counts;
        std::vector<quint64> created; // database << 32 | node
        std::vector<quint32> truncatedOids;
        std::vector<quint32> droppedDatabases;
        bool deletesPgClass = false;
    };

    void heapRecord(quint32 xid, const char *desc, const char *end);
    void storageRecord(quint32 xid, const char *desc, const char *end);
    void databaseRecord(quint32 xid, const char *desc, const char *end);
    void xactRecord(quint32 xid, quint64 lsn, const char *desc, const char *end);
    void finish(quint32 xid, quint64 lsn, qint64 timeUs, const char *desc, const char *end, bool commit);
    void merge(Xact &into, Xact &&from);

    qint64 m_burstRows;
    std::unordered_map<quint32, Xact> m_open;
    QVector<WalCommit> m_commits;
    QVector<WalEvent> m_events;
    quint64 m_lastLsn = 0;
    quint64 m_skipThrough = 0;
    qint64 m_lines = 0;
};

} // namespace lifeboat
