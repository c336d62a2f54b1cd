#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lifeboat {

// Reads the records of one plaintext WAL segment (PostgreSQL 10–16 page and record format)
// for the facts recovery planning needs: when transactions committed and where restore points
// were made. Records continued from the previous segment are skipped, a record running into
// the next segment is left out, and reading stops at the end of valid WAL (zeroed or recycled
// pages, an XLOG_SWITCH).
class WalScanner
{
public:
    struct Event
    {
        enum class Kind { Commit, Abort, RestorePoint };
        Kind kind = Kind::Commit;
        QDateTime time; // UTC
        quint32 xid = 0;
        quint64 lsn = 0; // start of the record
        QString name;    // restore points
    };

    // `segmentStartLsn`: the LSN of the segment's first byte (from its name).
    static QList<Event> scan(const QByteArray &segment, quint64 segmentStartLsn);
    // The newest commit in `events` (invalid time when there is none).
    static const Event *lastCommit(const QList<Event> &events);
};

} // namespace lifeboat
