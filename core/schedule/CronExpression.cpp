#include "CronExpression.h"

#include <QRegularExpression>
#include <vector>

namespace lifeboat {

namespace {

const char *const monthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const dayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// Longest daylight-saving shift anywhere is 2 hours (Troll station); scanning this much wall time
// around a candidate finds every instant that could come earlier after the zone's shifts.
constexpr qint64 kShiftWindow = 3 * 3600;
constexpr int kSearchDays = 366 * 8 + 2;

struct Field
{
    const char *what;
    int min;
    int max;
    const char *const *names; // names[i] is the value min + i ... or nullptr
    int nameBase;
    int nameCount;
};

const Field fields[] = {
    {QT_TRANSLATE_NOOP("CronExpression", "minute"), 0, 59, nullptr, 0, 0},
    {QT_TRANSLATE_NOOP("CronExpression", "hour"), 0, 23, nullptr, 0, 0},
    {QT_TRANSLATE_NOOP("CronExpression", "day of month"), 1, 31, nullptr, 0, 0},
    {QT_TRANSLATE_NOOP("CronExpression", "month"), 1, 12, monthNames, 1, 12},
    {QT_TRANSLATE_NOOP("CronExpression", "day of week"), 0, 7, dayNames, 0, 7},
};

QString what(const Field &f)
{
    return QCoreApplication::translate("CronExpression", f.what);
}

Result<int> value(const QString &text, const Field &f)
{
    for (int i = 0; i < f.nameCount; ++i)
        if (text.compare(QLatin1String(f.names[i]), Qt::CaseInsensitive) == 0)
            return f.nameBase + i;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok)
        return fail(ErrorCode::InvalidConfig, QCoreApplication::translate("CronExpression", "%1 \"%2\" is not a number%3")
                                                  .arg(what(f), text,
                                                       f.nameCount ? QCoreApplication::translate("CronExpression", " or a name such as \"%1\"")
                                                                         .arg(QLatin1String(f.names[0]))
                                                                   : QString()));
    if (v < f.min || v > f.max)
        return fail(ErrorCode::InvalidConfig,
                    QCoreApplication::translate("CronExpression", "%1 %2 is out of range %3-%4").arg(what(f)).arg(v).arg(f.min).arg(f.max));
    return v;
}

// One field ("1,5-9,*/15,mon-fri") into the set of values it allows.
Result<std::vector<bool>> parseField(const QString &text, const Field &f)
{
    std::vector<bool> set(size_t(f.max + 1), false);
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (item.isEmpty())
            return fail(ErrorCode::InvalidConfig, QCoreApplication::translate("CronExpression", "%1 has an empty list item").arg(what(f)));
        QString range = item.section(QLatin1Char('/'), 0, 0);
        int step = 1;
        if (item.contains(QLatin1Char('/'))) {
            bool ok = false;
            step = item.section(QLatin1Char('/'), 1).toInt(&ok);
            if (!ok || step < 1)
                return fail(ErrorCode::InvalidConfig,
                            QCoreApplication::translate("CronExpression", "%1 step in \"%2\" must be a whole number above 0").arg(what(f), item));
        }
        int from = f.min;
        int to = f.max;
        if (range != QLatin1String("*")) {
            auto first = value(range.section(QLatin1Char('-'), 0, 0), f);
            if (!first)
                return fail(first.error());
            from = to = *first;
            if (range.contains(QLatin1Char('-'))) {
                auto last = value(range.section(QLatin1Char('-'), 1), f);
                if (!last)
                    return fail(last.error());
                to = *last;
            } else if (item.contains(QLatin1Char('/'))) {
                to = f.max; // "5/15": from 5 to the end, every 15
            }
            if (to < from)
                return fail(ErrorCode::InvalidConfig,
                            QCoreApplication::translate("CronExpression", "%1 range \"%2\" runs backwards").arg(what(f), range));
        }
        for (int v = from; v <= to; v += step)
            set[size_t(v)] = true;
    }
    return set;
}

QDateTime utcAt(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// A zone's wall-clock time as a naive date and time (kept in a UTC QDateTime for arithmetic).
QDateTime wallOf(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &input)
{
    QString text = input.simplified();
    static const QMap<QString, QString> shorthands{
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},   {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")}, {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},  {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
    };
    if (text.startsWith(QLatin1Char('@'))) {
        if (!shorthands.contains(text.toLower()))
            return fail(ErrorCode::InvalidConfig,
                        tr("unknown shorthand \"%1\" (use @hourly, @daily, @weekly, @monthly or @yearly)").arg(text));
        text = shorthands.value(text.toLower());
    }
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 5)
        return fail(ErrorCode::InvalidConfig,
                    tr("expected 5 fields (minute hour day-of-month month day-of-week), found %n", nullptr, int(parts.size())));
    CronExpression cron;
    cron.m_text = input.simplified();
    std::vector<bool> sets[5];
    for (int i = 0; i < 5; ++i) {
        auto set = parseField(parts.at(i), fields[i]);
        if (!set)
            return fail(set.error());
        sets[i] = *set;
    }
    for (int v = 0; v < 60; ++v)
        cron.m_minutes[size_t(v)] = sets[0][size_t(v)];
    for (int v = 0; v < 24; ++v)
        cron.m_hours[size_t(v)] = sets[1][size_t(v)];
    for (int v = 1; v <= 31; ++v)
        cron.m_days[size_t(v)] = sets[2][size_t(v)];
    for (int v = 1; v <= 12; ++v)
        cron.m_months[size_t(v)] = sets[3][size_t(v)];
    for (int v = 0; v <= 7; ++v)
        if (sets[4][size_t(v)])
            cron.m_weekdays[size_t(v % 7)] = true; // 7 is Sunday too
    // Vixie cron's rule: a field starting with '*' does not restrict (so "*/2" ORs like "*").
    cron.m_daysRestricted = !parts.at(2).startsWith(QLatin1Char('*'));
    cron.m_weekdaysRestricted = !parts.at(4).startsWith(QLatin1Char('*'));
    cron.m_everyHour = parts.at(1).startsWith(QLatin1Char('*'));
    if (!cron.next(utcAt(946684800), QTimeZone::utc()).isValid()) // from 2000-01-01
        return fail(ErrorCode::InvalidConfig, tr("\"%1\" never runs (no such day in any month)").arg(cron.m_text));
    return cron;
}

bool CronExpression::dayMatches(const QDate &date) const
{
    if (!m_months[size_t(date.month())])
        return false;
    const bool dom = m_days[size_t(date.day())];
    const bool dow = m_weekdays[size_t(date.dayOfWeek() % 7)];
    if (m_daysRestricted && m_weekdaysRestricted)
        return dom || dow;
    if (m_daysRestricted)
        return dom;
    if (m_weekdaysRestricted)
        return dow;
    return true;
}

QList<QDateTime> CronExpression::occurrences(const QDateTime &wall, const QTimeZone &zone) const
{
    const qint64 w = wall.toSecsSinceEpoch();
    const int before = zone.offsetFromUtc(utcAt(w - 86400));
    const int after = zone.offsetFromUtc(utcAt(w + 86400));
    QList<QDateTime> out;
    for (const int offset : {qMax(before, after), qMin(before, after)}) { // the larger offset is the earlier instant
        const QDateTime utc = utcAt(w - offset);
        if (zone.offsetFromUtc(utc) == offset && !out.contains(utc))
            out.append(utc);
    }
    if (out.size() == 2 && !m_everyHour)
        out.removeLast(); // repeated by the autumn change: the first occurrence only
    if (out.isEmpty() && !m_everyHour) {
        // Skipped by the spring change: run at the change itself.
        const QTimeZone::OffsetData change = zone.nextTransition(utcAt(w - before - 86400));
        out.append(change.atUtc.isValid() ? change.atUtc : utcAt(w - before));
    }
    return out;
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    const QDateTime start = after.toUTC();
    const QDateTime fromWall = wallOf(start.addSecs(-kShiftWindow), zone);
    QDateTime best;
    QDateTime bestWall;
    QDate day = fromWall.date();
    for (int i = 0; i < kSearchDays; ++i, day = day.addDays(1)) {
        if (bestWall.isValid() && QDateTime(day, QTime(0, 0), Qt::UTC) > bestWall.addSecs(kShiftWindow))
            break;
        if (!dayMatches(day))
            continue;
        for (int h = 0; h < 24; ++h) {
            if (!m_hours[size_t(h)])
                continue;
            for (int m = 0; m < 60; ++m) {
                if (!m_minutes[size_t(m)])
                    continue;
                const QDateTime wall(day, QTime(h, m), Qt::UTC);
                if (wall < fromWall)
                    continue;
                if (bestWall.isValid() && wall > bestWall.addSecs(kShiftWindow))
                    return best;
                for (const QDateTime &utc : occurrences(wall, zone))
                    if (utc > start && (!best.isValid() || utc < best)) {
                        best = utc;
                        bestWall = wall;
                    }
            }
        }
    }
    return best;
}

QDateTime CronExpression::latestIn(const QDateTime &after, const QDateTime &at, const QTimeZone &zone, int *count, int cap) const
{
    // Backwards from `at` for the latest run; forwards from `after` only to count.
    const QDateTime end = at.toUTC();
    const QDateTime toWall = wallOf(end.addSecs(kShiftWindow), zone);
    QDateTime best;
    QDateTime bestWall;
    QDate day = toWall.date();
    bool done = false;
    for (int i = 0; i < kSearchDays && !done; ++i, day = day.addDays(-1)) {
        const QDateTime dayEnd(day.addDays(1), QTime(0, 0), Qt::UTC);
        if (dayEnd <= after.toUTC().addSecs(-2 * kShiftWindow) || (bestWall.isValid() && dayEnd < bestWall.addSecs(-kShiftWindow)))
            break;
        if (!dayMatches(day))
            continue;
        for (int h = 23; h >= 0 && !done; --h) {
            if (!m_hours[size_t(h)])
                continue;
            for (int m = 59; m >= 0; --m) {
                if (!m_minutes[size_t(m)])
                    continue;
                const QDateTime wall(day, QTime(h, m), Qt::UTC);
                if (wall > toWall)
                    continue;
                if (bestWall.isValid() && wall < bestWall.addSecs(-kShiftWindow)) {
                    done = true;
                    break;
                }
                for (const QDateTime &utc : occurrences(wall, zone))
                    if (utc <= end && (!best.isValid() || utc > best)) {
                        best = utc;
                        bestWall = wall;
                    }
            }
        }
    }
    if (best.isValid() && best <= after.toUTC())
        best = {};
    if (count) {
        *count = 0;
        for (QDateTime t = next(after, zone); best.isValid() && t.isValid() && t <= end && *count < cap; t = next(t, zone))
            ++*count;
    }
    return best;
}

} // namespace lifeboat
