#include "RetentionPlan.h"

#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <functional>

namespace lifeboat {

namespace {

QDateTime subtract(const QDateTime &now, const QString &within)
{
    const QChar unit = within.back();
    const int n = within.left(within.size() - 1).toInt();
    switch (unit.toLatin1()) {
    case 'h':
        return now.addSecs(-3600LL * n);
    case 'd':
        return now.addDays(-n);
    case 'w':
        return now.addDays(-7LL * n);
    case 'm':
        return now.addMonths(-n);
    case 'y':
        return now.addYears(-n);
    default:
        return now;
    }
}

} // namespace

bool RetentionPlan::isEmpty(const RetentionPolicy &p)
{
    return p.last == 0 && p.hourly == 0 && p.daily == 0 && p.weekly == 0 && p.monthly == 0 && p.yearly == 0 && p.within.isEmpty();
}

RetentionPlan RetentionPlan::compute(const QList<BackupMetadata> &backups, const RetentionPolicy &policy, const QDateTime &now, const QString &timezone)
{
    auto newestFirst = [](const BackupMetadata &a, const BackupMetadata &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    };
    QList<BackupMetadata> all = backups;
    std::sort(all.begin(), all.end(), newestFirst);
    QList<BackupMetadata> candidates; // successful, not pinned: what the rules walk
    for (const BackupMetadata &b : std::as_const(all))
        if (b.status == QLatin1String("ok") && !b.keepForever)
            candidates.append(b);

    QMap<QString, QStringList> reasons;
    auto keep = [&](const BackupMetadata &b, const QString &why) { reasons[b.id].append(why); };

    if (isEmpty(policy)) {
        RetentionPlan plan;
        for (const BackupMetadata &b : std::as_const(all))
            plan.kept.append({b, {QStringLiteral("no retention policy")}});
        return plan;
    }

    const QTimeZone zone = timezone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timezone.toUtf8());
    using Bucket = std::function<QString(const QDateTime &)>;
    const QList<std::tuple<QString, int, Bucket>> rules{
        {QStringLiteral("hourly"), policy.hourly, [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH")); }},
        {QStringLiteral("daily"), policy.daily, [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd")); }},
        {QStringLiteral("weekly"), policy.weekly, [](const QDateTime &t) {
             int year = 0;
             const int week = t.date().weekNumber(&year);
             return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
         }},
        {QStringLiteral("monthly"), policy.monthly, [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM")); }},
        {QStringLiteral("yearly"), policy.yearly, [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy")); }},
    };
    for (const auto &[name, count, bucketOf] : rules) {
        if (count <= 0)
            continue;
        int keptByRule = 0;
        QString lastBucket;
        bool keptOldest = false;
        for (int i = 0; i < candidates.size() && keptByRule < count; ++i) {
            const QString bucket = bucketOf(candidates.at(i).startedAt.toTimeZone(zone));
            if (keptByRule > 0 && bucket == lastBucket)
                continue;
            keep(candidates.at(i), name);
            lastBucket = bucket;
            ++keptByRule;
            keptOldest = i == candidates.size() - 1;
        }
        if (keptByRule < count && !candidates.isEmpty() && !keptOldest)
            keep(candidates.last(), QStringLiteral("oldest ") + name);
    }
    for (int i = 0; i < qMin(policy.last, int(candidates.size())); ++i)
        keep(candidates.at(i), QStringLiteral("last"));
    if (!policy.within.isEmpty()) {
        const QDateTime cutoff = subtract(now, policy.within);
        for (const BackupMetadata &b : std::as_const(candidates)) {
            keep(b, QStringLiteral("within"));
            if (b.startedAt <= cutoff)
                break; // the newest one before the window keeps the whole window recoverable
        }
    }
    for (const BackupMetadata &b : std::as_const(all))
        if (b.keepForever)
            keep(b, QStringLiteral("keep_forever"));
    for (const BackupMetadata &b : std::as_const(all))
        if (b.status == QLatin1String("ok")) {
            keep(b, QStringLiteral("newest"));
            break;
        }

    RetentionPlan plan;
    bool newerSuccess = false;
    for (const BackupMetadata &b : std::as_const(all)) {
        const bool ok = b.status == QLatin1String("ok");
        if (reasons.contains(b.id))
            plan.kept.append({b, reasons.value(b.id)});
        else if (!ok && !newerSuccess)
            plan.kept.append({b, {QStringLiteral("failed, no newer success")}});
        else
            plan.removed.append(b);
        newerSuccess = newerSuccess || ok;
    }
    return plan;
}

} // namespace lifeboat
