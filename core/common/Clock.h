#pragma once

#include <QDateTime>

namespace lifeboat {

// All core code reads "now" through a Clock so schedules, names and retention are testable
// with fixed dates (ARCHITECTURE.md promise 8).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide clock; tests may swap it with setInstance().
    static const Clock &instance();
    static void setInstance(const Clock *clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

QString isoUtc(const QDateTime &time);
// ISO 8601 with milliseconds when there are any ("2025-01-28T14:25:00.250Z").
QString isoUtcPrecise(const QDateTime &time);
// A time typed by a user (CLI.md: ISO 8601; without an offset it is read in `timezone`, an IANA
// name, or the system zone when empty); invalid QDateTime when it cannot be read.
QDateTime parseInputTime(const QString &text, const QString &timezone);

} // namespace lifeboat
