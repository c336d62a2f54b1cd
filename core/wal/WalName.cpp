#include "WalName.h"

#include <QRegularExpression>

namespace lifeboat {

namespace {
bool hexField(const QString &text, int from, int length, quint64 *value)
{
    bool ok = false;
    *value = QStringView(text).mid(from, length).toULongLong(&ok, 16);
    return ok;
}
} // namespace

QString WalName::timelineHex(quint32 timeline)
{
    return QStringLiteral("%1").arg(timeline, 8, 16, QLatin1Char('0')).toUpper();
}

QString WalName::segmentName(quint32 timeline, quint64 segmentNumber, qint64 segmentSize)
{
    const quint64 perLog = 0x100000000ULL / quint64(segmentSize);
    return timelineHex(timeline) + QStringLiteral("%1%2")
                                       .arg(segmentNumber / perLog, 8, 16, QLatin1Char('0'))
                                       .arg(segmentNumber % perLog, 8, 16, QLatin1Char('0'))
                                       .toUpper();
}

WalName WalName::parse(const QString &fileName, qint64 segmentSize)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-F]{8})(?:\\.history|([0-9A-F]{16})(\\.[0-9A-F]{8}\\.backup|\\.partial)?)$"));
    WalName out;
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return out;
    quint64 value = 0;
    hexField(fileName, 0, 8, &value);
    out.timeline = quint32(value);
    out.name = fileName;
    if (m.capturedLength(2) == 0) {
        out.type = Type::History;
        return out;
    }
    quint64 log = 0;
    quint64 seg = 0;
    hexField(fileName, 8, 8, &log);
    hexField(fileName, 16, 8, &seg);
    const quint64 perLog = 0x100000000ULL / quint64(segmentSize);
    if (seg >= perLog)
        return WalName{};
    out.segmentNumber = log * perLog + seg;
    const QString suffix = m.captured(3);
    out.type = suffix.isEmpty() ? Type::Segment : suffix == QLatin1String(".partial") ? Type::Partial : Type::Backup;
    return out;
}

bool Lsn::parse(const QString &text, quint64 *lsn)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash > 8 || text.size() - slash - 1 < 1 || text.size() - slash - 1 > 8)
        return false;
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = QStringView(text).left(slash).toULongLong(&okHigh, 16);
    const quint64 low = QStringView(text).mid(slash + 1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow)
        return false;
    *lsn = (high << 32) | low;
    return true;
}

QString Lsn::format(quint64 lsn)
{
    return QStringLiteral("%1/%2").arg(lsn >> 32, 0, 16).arg(lsn & 0xFFFFFFFFULL, 0, 16).toUpper();
}

} // namespace lifeboat
