#include "WalScanner.h"

#include <cstring>

namespace lifeboat {

namespace {

// src/include/access/xlog_internal.h, xlogrecord.h, rmgrlist.h, xact.h, pg_control.h (PG 15).
constexpr int kPageSize = 8192;
constexpr quint16 kFirstIsContRecord = 0x0001;
constexpr quint16 kLongHeader = 0x0002;
constexpr int kShortHeaderSize = 24;
constexpr int kLongHeaderSize = 40;
constexpr int kRecordHeaderSize = 24;
constexpr quint8 kRmXlog = 0;
constexpr quint8 kRmXact = 1;
constexpr quint8 kXlogSwitch = 0x40;
constexpr quint8 kXlogRestorePoint = 0x70;
constexpr quint8 kXactOpMask = 0x70;
constexpr quint8 kXactCommit = 0x00;
constexpr quint8 kXactAbort = 0x20;
constexpr quint8 kXactCommitPrepared = 0x30;
constexpr quint8 kXactAbortPrepared = 0x40;
constexpr quint8 kMaxBlockId = 32;
constexpr quint8 kBlockIdDataShort = 255;
constexpr quint8 kBlockIdDataLong = 254;
constexpr quint8 kBlockIdOrigin = 253;
constexpr quint8 kBlockIdToplevelXid = 252;
constexpr quint8 kBlockHasImage = 0x10;
constexpr quint8 kBlockHasData = 0x20;
constexpr quint8 kBlockSameRel = 0x80;
constexpr quint8 kImageHasHole = 0x01;
constexpr quint8 kImageCompressed = 0x04 | 0x08 | 0x10;
constexpr qint64 kPgEpochOffsetSecs = 946684800; // 2000-01-01 in Unix time

template <typename T>
T read(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

quint64 maxAlign(quint64 v) { return (v + 7) & ~quint64(7); }

QDateTime pgTime(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(kPgEpochOffsetSecs * 1000 + micros / 1000, Qt::UTC);
}

// The main data of a record: skips the block headers to learn its length; it is stored last.
bool mainData(const char *rec, quint32 totalLength, const char **data, quint32 *length)
{
    quint32 pos = kRecordHeaderSize;
    quint64 blockData = 0;
    quint32 mainLength = 0;
    while (pos < totalLength) {
        const quint8 id = quint8(rec[pos]);
        if (id == kBlockIdDataShort) {
            if (pos + 2 > totalLength)
                return false;
            mainLength = quint8(rec[pos + 1]);
            pos += 2;
            break;
        }
        if (id == kBlockIdDataLong) {
            if (pos + 5 > totalLength)
                return false;
            mainLength = read<quint32>(rec + pos + 1);
            pos += 5;
            break;
        }
        if (id == kBlockIdOrigin) {
            pos += 3;
            continue;
        }
        if (id == kBlockIdToplevelXid) {
            pos += 5;
            continue;
        }
        if (id > kMaxBlockId || pos + 4 > totalLength)
            return false;
        const quint8 forkFlags = quint8(rec[pos + 1]);
        blockData += read<quint16>(rec + pos + 2);
        pos += 4;
        if (forkFlags & kBlockHasImage) {
            if (pos + 5 > totalLength)
                return false;
            blockData += read<quint16>(rec + pos);
            const quint8 info = quint8(rec[pos + 4]);
            pos += 5;
            if ((info & kImageHasHole) && (info & kImageCompressed))
                pos += 2;
        }
        if (!(forkFlags & kBlockSameRel))
            pos += 12;
        pos += 4;
        (void)kBlockHasData;
    }
    if (quint64(pos) + blockData + mainLength != totalLength)
        return false;
    *data = rec + (totalLength - mainLength);
    *length = mainLength;
    return true;
}

} // namespace

QList<WalScanner::Event> WalScanner::scan(const QByteArray &segment, quint64 segmentStartLsn)
{
    QList<Event> events;
    const qsizetype pages = segment.size() / kPageSize;
    // Page contents without their headers, one stream; headers are multiples of 8 bytes, so
    // record alignment carries over. pageStart maps stream offsets back to LSNs.
    QByteArray stream;
    stream.reserve(segment.size());
    QList<quint64> pageStream;  // stream offset where each page's content starts
    QList<int> pageHeader;      // that page's header size
    quint64 skip = 0;
    for (qsizetype p = 0; p < pages; ++p) {
        const char *page = segment.constData() + p * kPageSize;
        const quint16 magic = read<quint16>(page);
        const quint16 info = read<quint16>(page + 2);
        const quint64 pageAddress = read<quint64>(page + 8);
        if (magic < 0xD000 || pageAddress != segmentStartLsn + quint64(p) * kPageSize)
            break; // not yet written (recycled or zeroed): the end of valid WAL
        const int header = (info & kLongHeader) ? kLongHeaderSize : kShortHeaderSize;
        if (p == 0 && (info & kFirstIsContRecord))
            skip = maxAlign(read<quint32>(page + 16));
        pageStream.append(quint64(stream.size()));
        pageHeader.append(header);
        stream.append(page + header, kPageSize - header);
    }
    auto lsnOf = [&](quint64 offset) {
        qsizetype p = pageStream.size() - 1;
        while (p > 0 && pageStream.at(p) > offset)
            --p;
        return segmentStartLsn + quint64(p) * kPageSize + quint64(pageHeader.at(p)) + (offset - pageStream.at(p));
    };

    quint64 pos = skip;
    const quint64 end = quint64(stream.size());
    while (pos + kRecordHeaderSize <= end) {
        const char *rec = stream.constData() + pos;
        const quint32 total = read<quint32>(rec);
        if (total < kRecordHeaderSize || pos + total > end)
            break; // zeros after the last record, or a record continuing in the next segment
        const quint32 xid = read<quint32>(rec + 4);
        const quint8 info = quint8(rec[16]);
        const quint8 rmid = quint8(rec[17]);
        const char *data = nullptr;
        quint32 length = 0;
        if (rmid == kRmXact) {
            const quint8 op = info & kXactOpMask;
            if ((op == kXactCommit || op == kXactCommitPrepared || op == kXactAbort || op == kXactAbortPrepared)
                && mainData(rec, total, &data, &length) && length >= 8) {
                Event e;
                e.kind = (op == kXactCommit || op == kXactCommitPrepared) ? Event::Kind::Commit : Event::Kind::Abort;
                e.time = pgTime(read<qint64>(data));
                e.xid = xid;
                e.lsn = lsnOf(pos);
                events.append(e);
            }
        } else if (rmid == kRmXlog) {
            const quint8 op = info & 0xF0;
            if (op == kXlogSwitch)
                break;
            if (op == kXlogRestorePoint && mainData(rec, total, &data, &length) && length >= 8 + 64) {
                Event e;
                e.kind = Event::Kind::RestorePoint;
                e.time = pgTime(read<qint64>(data));
                e.name = QString::fromUtf8(data + 8, int(qstrnlen(data + 8, 64)));
                e.lsn = lsnOf(pos);
                events.append(e);
            }
        }
        pos += maxAlign(total);
    }
    return events;
}

const WalScanner::Event *WalScanner::lastCommit(const QList<Event> &events)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        if (it->kind == Event::Kind::Commit)
            return &*it;
    return nullptr;
}

} // namespace lifeboat
