// The retention rules of CLI.md, case by case, on made-up backup lists.
#include "retention/RetentionPlan.h"

#include <QtTest>

using namespace lifeboat;

namespace {

// "2025-01-28T02:00:00Z[!|*]" -> a backup; '!' marks a failed run, '*' keep_forever.
BackupMetadata backup(QString spec)
{
    BackupMetadata b;
    if (spec.endsWith(QLatin1Char('!'))) {
        b.status = QStringLiteral("failed");
        spec.chop(1);
    } else if (spec.endsWith(QLatin1Char('*'))) {
        b.keepForever = true;
        spec.chop(1);
    }
    b.startedAt = QDateTime::fromString(spec, Qt::ISODate);
    b.id = QStringLiteral("b-") + b.startedAt.toString(QStringLiteral("yyyyMMdd-HHmm"));
    return b;
}

RetentionPolicy policy(const QString &spec)
{
    RetentionPolicy p;
    p.last = p.hourly = p.daily = p.weekly = p.monthly = p.yearly = 0;
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1String("last")) p.last = value.toInt();
        if (key == QLatin1String("hourly")) p.hourly = value.toInt();
        if (key == QLatin1String("daily")) p.daily = value.toInt();
        if (key == QLatin1String("weekly")) p.weekly = value.toInt();
        if (key == QLatin1String("monthly")) p.monthly = value.toInt();
        if (key == QLatin1String("yearly")) p.yearly = value.toInt();
        if (key == QLatin1String("within")) p.within = value;
    }
    return p;
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestRetentionPlan : public QObject
{
    Q_OBJECT

private slots:
    void appliesTheRules_data()
    {
        QTest::addColumn<QStringList>("backups");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<QStringList>("kept"); // "id:reason,reason"
        QTest::addColumn<QStringList>("removed");

        QTest::newRow("daily keeps the newest of each day")
            << L({"2025-01-05T20:00:00Z", "2025-01-05T08:00:00Z", "2025-01-04T08:00:00Z", "2025-01-03T08:00:00Z", "2025-01-02T08:00:00Z"})
            << S("daily=3") << S("UTC")
            << L({"b-20250105-2000:daily,newest", "b-20250104-0800:daily", "b-20250103-0800:daily"})
            << L({"b-20250105-0800", "b-20250102-0800"});
        QTest::newRow("a rule with slots left keeps the oldest too")
            << L({"2025-01-02T08:00:00Z", "2025-01-01T20:00:00Z", "2025-01-01T08:00:00Z"})
            << S("daily=7") << S("UTC")
            << L({"b-20250102-0800:daily,newest", "b-20250101-2000:daily", "b-20250101-0800:oldest daily"})
            << L({});
        QTest::newRow("days follow the config's timezone")
            // 23:30 UTC on the 1st is already the 2nd in Berlin: one bucket with 08:00 UTC on the 2nd.
            << L({"2025-01-02T08:00:00Z", "2025-01-01T23:30:00Z", "2025-01-01T12:00:00Z"})
            << S("daily=2") << S("Europe/Berlin")
            << L({"b-20250102-0800:daily,newest", "b-20250101-1200:daily"})
            << L({"b-20250101-2330"});
        QTest::newRow("ISO weeks span the new year")
            // Mon 2024-12-30 and Sun 2025-01-05 are both in 2025-W01.
            << L({"2025-01-05T10:00:00Z", "2024-12-30T10:00:00Z", "2024-12-29T10:00:00Z"})
            << S("weekly=2") << S("UTC")
            << L({"b-20250105-1000:weekly,newest", "b-20241229-1000:weekly"})
            << L({"b-20241230-1000"});
        QTest::newRow("last, keep_forever and failed runs")
            << L({"2025-03-05T00:00:00Z!", "2025-03-04T00:00:00Z", "2025-03-03T00:00:00Z!", "2025-03-02T00:00:00Z", "2025-03-01T00:00:00Z*",
                           "2025-02-28T00:00:00Z"})
            << S("last=1") << S("UTC")
            << L({"b-20250305-0000:failed, no newer success", "b-20250304-0000:last,newest", "b-20250301-0000:keep_forever"})
            << L({"b-20250303-0000", "b-20250302-0000", "b-20250228-0000"});
        QTest::newRow("within keeps the window and one before it")
            << L({"2025-01-09T12:00:00Z", "2025-01-08T00:00:00Z", "2025-01-07T00:00:00Z", "2025-01-06T00:00:00Z"})
            << S("within=2d") << S("UTC")
            << L({"b-20250109-1200:within,newest", "b-20250108-0000:within"})
            << L({"b-20250107-0000", "b-20250106-0000"});
        QTest::newRow("rules are independent and each names itself")
            << L({"2025-02-01T00:00:00Z", "2025-01-31T00:00:00Z", "2025-01-15T00:00:00Z"})
            << S("daily=1 monthly=2 last=2") << S("UTC")
            << L({"b-20250201-0000:daily,monthly,last,newest", "b-20250131-0000:monthly,last"})
            << L({"b-20250115-0000"});
        QTest::newRow("an empty policy removes nothing")
            << L({"2025-01-02T00:00:00Z", "2025-01-01T00:00:00Z"})
            << S("") << S("UTC")
            << L({"b-20250102-0000:no retention policy", "b-20250101-0000:no retention policy"})
            << L({});
    }

    void appliesTheRules()
    {
        QFETCH(QStringList, backups);
        QFETCH(QString, policy);
        QFETCH(QString, timezone);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, removed);
        QList<BackupMetadata> list;
        for (const QString &spec : backups)
            list.append(backup(spec));
        const QDateTime now = QDateTime::fromString(QStringLiteral("2025-01-10T00:00:00Z"), Qt::ISODate);
        const RetentionPlan plan = RetentionPlan::compute(list, ::policy(policy), now, timezone);
        QStringList keptActual;
        for (const auto &k : plan.kept)
            keptActual.append(k.backup.id + QLatin1Char(':') + k.reasons.join(QLatin1Char(',')));
        QStringList removedActual;
        for (const auto &b : plan.removed)
            removedActual.append(b.id);
        QCOMPARE(keptActual, kept);
        QCOMPARE(removedActual, removed);
    }

    // Two years of daily backups at 02:00 UTC, the seed's policy plus two yearly slots. Kept set
    // worked out by hand: 7 days, the ISO weeks 2026-W01 (Mon 29 Dec), W52, W51, W50, the last
    // day of each month of 2025, and the last backup of 2024.
    void twoYearsOfDailyBackups()
    {
        QList<BackupMetadata> list;
        for (QDate d(2025, 12, 31); d >= QDate(2024, 1, 1); d = d.addDays(-1))
            list.append(backup(QDateTime(d, QTime(2, 0), Qt::UTC).toString(Qt::ISODate)));
        QCOMPARE(list.size(), 731);
        const RetentionPlan plan = RetentionPlan::compute(list, policy(S("daily=7 weekly=4 monthly=12 yearly=2")),
                                                          QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), S("UTC"));
        QStringList kept;
        for (const auto &k : plan.kept)
            kept.append(k.backup.id.mid(2, 8) + QLatin1Char(':') + k.reasons.join(QLatin1Char(',')));
        QCOMPARE(kept, L({"20251231:daily,weekly,monthly,yearly,newest", "20251230:daily", "20251229:daily", "20251228:daily,weekly",
                          "20251227:daily", "20251226:daily", "20251225:daily", "20251221:weekly", "20251214:weekly",
                          "20251130:monthly", "20251031:monthly", "20250930:monthly", "20250831:monthly", "20250731:monthly",
                          "20250630:monthly", "20250531:monthly", "20250430:monthly", "20250331:monthly", "20250228:monthly",
                          "20250131:monthly", "20241231:yearly"}));
        QCOMPARE(plan.removed.size(), 731 - 21);
    }

    // Three days of hourly backups with a pin, a failed newest run and a failed run in the middle.
    void hourlyBackupsWithPinsAndFailures()
    {
        QList<BackupMetadata> list;
        list.append(backup(S("2025-12-31T23:30:00Z!"))); // failed, newer than every success
        for (QDateTime t(QDate(2025, 12, 31), QTime(23, 0), Qt::UTC); t >= QDateTime(QDate(2025, 12, 29), QTime(0, 0), Qt::UTC); t = t.addSecs(-3600)) {
            QString spec = t.toString(Qt::ISODate);
            if (t == QDateTime(QDate(2025, 12, 29), QTime(5, 0), Qt::UTC))
                spec += QLatin1Char('*'); // pinned
            if (t == QDateTime(QDate(2025, 12, 31), QTime(12, 0), Qt::UTC))
                spec += QLatin1Char('!'); // failed, with newer successes
            list.append(backup(spec));
        }
        const RetentionPlan plan = RetentionPlan::compute(list, policy(S("hourly=24 daily=3")), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                                          S("UTC"));
        QMap<QString, QString> reasons;
        for (const auto &k : plan.kept)
            reasons.insert(k.backup.id, k.reasons.join(QLatin1Char(',')));
        QCOMPARE(reasons.value(S("b-20251231-2330")), S("failed, no newer success"));
        QCOMPARE(reasons.value(S("b-20251231-2300")), S("hourly,daily,newest"));
        QCOMPARE(reasons.value(S("b-20251230-2300")), S("hourly,daily"));  // the 24th hourly slot (12:00 on the 31st failed)
        QCOMPARE(reasons.value(S("b-20251229-2300")), S("daily"));
        QCOMPARE(reasons.value(S("b-20251229-0500")), S("keep_forever"));
        QVERIFY(!reasons.contains(S("b-20251231-1200"))); // failed with newer successes: removed
        QVERIFY(!reasons.contains(S("b-20251230-2200")));
        QCOMPARE(plan.kept.size(), 1 + 24 + 1 + 1);
        QCOMPARE(plan.removed.size(), 73 - plan.kept.size());
    }
};

QTEST_GUILESS_MAIN(TestRetentionPlan)
#include "TestRetentionPlan.moc"
