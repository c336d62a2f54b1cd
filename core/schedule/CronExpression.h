#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <bitset>

namespace lifeboat {

// A 5-field cron expression (minute hour day-of-month month day-of-week) with lists, ranges,
// steps, month and weekday names, and the @hourly/@daily/@weekly/@monthly/@yearly shorthands.
// Day-of-month and day-of-week combine as in Vixie cron: when both are restricted, a day that
// matches either one runs.
//
// Times are wall-clock times in a zone, and daylight-saving changes follow cronie's rule:
// a job at a fixed hour runs once on both change days — a time that the spring change skips
// runs at the moment of the change, a time that the autumn change repeats runs at its first
// occurrence only — while a job whose hour field is "*" runs on every real hour.
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)

public:
    static Result<CronExpression> parse(const QString &text);

    // The first run strictly after `after`, in UTC; invalid when there is none within 8 years.
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;
    // The latest run at or before `at` and strictly after `after` (invalid when none), and how
    // many runs lie in that interval (capped at `cap`): what a scheduler missed while it was off.
    QDateTime latestIn(const QDateTime &after, const QDateTime &at, const QTimeZone &zone, int *count = nullptr, int cap = 1000) const;

    QString text() const { return m_text; }

private:
    bool dayMatches(const QDate &date) const;
    // The UTC instants at which wall time `local` happens in `zone` (none, one or two), with the
    // gap rule applied: empty only for an hour-wildcard job inside a skipped hour.
    QList<QDateTime> occurrences(const QDateTime &local, const QTimeZone &zone) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1..31
    std::bitset<13> m_months;  // 1..12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_daysRestricted = false;
    bool m_weekdaysRestricted = false;
    bool m_everyHour = false;
};

} // namespace lifeboat
