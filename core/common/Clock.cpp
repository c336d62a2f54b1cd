#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <atomic>

namespace lifeboat {

namespace {
const SystemClock systemClock;
std::atomic<const Clock *> current{&systemClock};
} // namespace

const Clock &Clock::instance()
{
    return *current.load();
}

void Clock::setInstance(const Clock *clock)
{
    current.store(clock ? clock : &systemClock);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString isoUtcPrecise(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QDateTime parseInputTime(const QString &text, const QString &timezone)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    const bool hasOffset = t.endsWith(QLatin1Char('Z')) || QRegularExpression(QStringLiteral("[+-]\\d\\d(:?\\d\\d)?$")).match(t.mid(10)).hasMatch();
    if (!hasOffset) {
        const QTimeZone zone = timezone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timezone.toUtf8());
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    }
    return parsed.toUTC();
}

} // namespace lifeboat
