#pragma once

#include <QString>
#include <QtGlobal>

namespace lifeboat {

// PostgreSQL's WAL file names and LSNs. A segment is TTTTTTTTLLLLLLLLSSSSSSSS (timeline, then
// the segment number split into "log" and "seg" parts of 2^32 / segment size each); besides
// segments the archive holds TTTTTTTT.history, SEGMENT.OOOOOOOO.backup and SEGMENT.partial.
struct WalName
{
    enum class Type { Invalid, Segment, History, Backup, Partial };
    Type type = Type::Invalid;
    quint32 timeline = 0;
    quint64 segmentNumber = 0; // Segment, Backup, Partial: the segment's number on its timeline
    QString name;

    static WalName parse(const QString &fileName, qint64 segmentSize = kDefaultSegmentSize);
    bool isValid() const { return type != Type::Invalid; }
    // The folder the file is archived under: the timeline as 8 hex digits.
    QString timelineDir() const { return timelineHex(timeline); }

    static constexpr qint64 kDefaultSegmentSize = 16 * 1024 * 1024;
    static QString timelineHex(quint32 timeline);
    static QString segmentName(quint32 timeline, quint64 segmentNumber, qint64 segmentSize = kDefaultSegmentSize);
    static quint64 segmentOf(quint64 lsn, qint64 segmentSize = kDefaultSegmentSize) { return lsn / quint64(segmentSize); }
};

// "16/B374D848" <-> 64-bit position.
namespace Lsn {
bool parse(const QString &text, quint64 *lsn);
QString format(quint64 lsn);
} // namespace Lsn

} // namespace lifeboat
