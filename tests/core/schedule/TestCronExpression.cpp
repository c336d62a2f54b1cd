// Cron expressions: next runs across fields, names, steps, the day-of-month/day-of-week rule
// and daylight-saving changes in Europe/Berlin and America/New_York; invalid expressions.
#include "schedule/CronExpression.h"

#include <QtTest>

using namespace lifeboat;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private slots:
    void nextRuns_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("runs"); // the next runs, in UTC

        QTest::newRow("steps inside an hour range on weekdays")
            << S("*/15 9-17 * * mon-fri") << S("UTC") << S("2025-01-03T16:50:00Z") // a Friday
            << L({"2025-01-03T17:00:00Z", "2025-01-03T17:15:00Z", "2025-01-03T17:30:00Z", "2025-01-03T17:45:00Z", "2025-01-06T09:00:00Z"});
        QTest::newRow("start/step runs from the start to the end")
            << S("5/20 * * * *") << S("UTC") << S("2025-01-01T10:00:00Z")
            << L({"2025-01-01T10:05:00Z", "2025-01-01T10:25:00Z", "2025-01-01T10:45:00Z", "2025-01-01T11:05:00Z"});
        QTest::newRow("@weekly is Sunday midnight") << S("@weekly") << S("UTC") << S("2025-01-01T00:00:00Z")
                                                    << L({"2025-01-05T00:00:00Z", "2025-01-12T00:00:00Z"});
        QTest::newRow("@daily in the config's zone") << S("@daily") << S("Europe/Berlin") << S("2025-01-01T12:00:00Z")
                                                     << L({"2025-01-01T23:00:00Z", "2025-01-02T23:00:00Z"});
        QTest::newRow("day of month or day of week when both are set")
            << S("0 0 1,15 * 5") << S("UTC") << S("2025-01-01T00:00:00Z")
            << L({"2025-01-03T00:00:00Z", "2025-01-10T00:00:00Z", "2025-01-15T00:00:00Z", "2025-01-17T00:00:00Z",
                           "2025-01-24T00:00:00Z", "2025-01-31T00:00:00Z", "2025-02-01T00:00:00Z"});
        QTest::newRow("month and weekday names, 7 is Sunday")
            << S("0 9 * JAN,jul 7") << S("UTC") << S("2025-01-20T00:00:00Z")
            << L({"2025-01-26T09:00:00Z", "2025-07-06T09:00:00Z"});
        QTest::newRow("29 February waits for a leap year") << S("0 12 29 2 *") << S("UTC") << S("2025-01-01T00:00:00Z")
                                                           << L({"2028-02-29T12:00:00Z", "2032-02-29T12:00:00Z"});
        // Berlin: 2025-03-30 02:00 CET -> 03:00 CEST; 2025-10-26 03:00 CEST -> 02:00 CET.
        QTest::newRow("Berlin spring: a skipped 02:00 runs once, at the change")
            << S("0 2 * * *") << S("Europe/Berlin") << S("2025-03-29T00:00:00Z")
            << L({"2025-03-29T01:00:00Z", "2025-03-30T01:00:00Z", "2025-03-31T00:00:00Z"});
        QTest::newRow("Berlin spring: a skipped 02:30 runs once, at the change")
            << S("30 2 * * *") << S("Europe/Berlin") << S("2025-03-29T12:00:00Z")
            << L({"2025-03-30T01:00:00Z", "2025-03-31T00:30:00Z"});
        QTest::newRow("Berlin autumn: a repeated 02:30 runs once, the first time")
            << S("30 2 * * *") << S("Europe/Berlin") << S("2025-10-25T12:00:00Z")
            << L({"2025-10-26T00:30:00Z", "2025-10-27T01:30:00Z"});
        QTest::newRow("Berlin autumn: an hourly job runs every real hour")
            << S("30 * * * *") << S("Europe/Berlin") << S("2025-10-25T23:00:00Z")
            << L({"2025-10-25T23:30:00Z", "2025-10-26T00:30:00Z", "2025-10-26T01:30:00Z", "2025-10-26T02:30:00Z"});
        QTest::newRow("Berlin spring: an hourly job has no run in the missing hour")
            << S("30 * * * *") << S("Europe/Berlin") << S("2025-03-30T00:00:00Z")
            << L({"2025-03-30T00:30:00Z", "2025-03-30T01:30:00Z", "2025-03-30T02:30:00Z"});
        // New York: 2025-03-09 02:00 EST -> 03:00 EDT; 2025-11-02 02:00 EDT -> 01:00 EST.
        QTest::newRow("New York spring: a skipped 02:30 runs once, at the change")
            << S("30 2 * * *") << S("America/New_York") << S("2025-03-08T00:00:00Z")
            << L({"2025-03-08T07:30:00Z", "2025-03-09T07:00:00Z", "2025-03-10T06:30:00Z"});
        QTest::newRow("New York autumn: a repeated 01:30 runs once, the first time")
            << S("30 1 * * *") << S("America/New_York") << S("2025-11-01T12:00:00Z")
            << L({"2025-11-02T05:30:00Z", "2025-11-03T06:30:00Z"});
        QTest::newRow("New York autumn: from inside the repeated hour, no second run")
            << S("30 1 * * *") << S("America/New_York") << S("2025-11-02T06:10:00Z") // 01:10 EST, the second pass
            << L({"2025-11-03T06:30:00Z"});
    }

    void nextRuns()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, after);
        QFETCH(QStringList, runs);
        auto cron = CronExpression::parse(expression);
        QVERIFY2(cron, qPrintable(cron ? QString() : cron.error().message));
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        QStringList actual;
        QDateTime t = utc(after);
        for (int i = 0; i < runs.size(); ++i) {
            t = cron->next(t, tz);
            actual.append(t.toString(Qt::ISODate));
        }
        QCOMPARE(actual, runs);
    }

    void latestRunAndMissedCount()
    {
        auto cron = CronExpression::parse(QStringLiteral("0 2 * * *"));
        QVERIFY(cron);
        int count = 0;
        const QDateTime latest = cron->latestIn(utc(QStringLiteral("2025-01-01T02:00:00Z")), utc(QStringLiteral("2025-01-05T03:00:00Z")),
                                                QTimeZone::utc(), &count);
        QCOMPARE(latest, utc(QStringLiteral("2025-01-05T02:00:00Z")));
        QCOMPARE(count, 4);
        QVERIFY(!cron->latestIn(utc(QStringLiteral("2025-01-05T02:00:00Z")), utc(QStringLiteral("2025-01-06T01:59:00Z")), QTimeZone::utc(), &count)
                     .isValid());
        QCOMPARE(count, 0);
        // The latest run across the Berlin autumn change is its first 02:30.
        auto repeated = CronExpression::parse(QStringLiteral("30 2 * * *"));
        QCOMPARE(repeated->latestIn(utc(QStringLiteral("2025-10-25T12:00:00Z")), utc(QStringLiteral("2025-10-26T12:00:00Z")),
                                    QTimeZone("Europe/Berlin"), &count),
                 utc(QStringLiteral("2025-10-26T00:30:00Z")));
        QCOMPARE(count, 1);
    }

    void rejectsBadExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few fields") << S("* * *") << S("expected 5 fields");
        QTest::newRow("minute out of range") << S("61 * * * *") << S("minute 61 is out of range 0-59");
        QTest::newRow("hour out of range") << S("0 24 * * *") << S("hour 24 is out of range 0-23");
        QTest::newRow("zero step") << S("*/0 * * * *") << S("must be a whole number above 0");
        QTest::newRow("backwards range") << S("5-1 * * * *") << S("runs backwards");
        QTest::newRow("unknown month name") << S("0 0 * foo *") << S("month \"foo\" is not a number or a name");
        QTest::newRow("empty list item") << S("1,,2 * * * *") << S("empty list item");
        QTest::newRow("never runs") << S("0 0 30 2 *") << S("never runs");
        QTest::newRow("unknown shorthand") << S("@often") << S("unknown shorthand");
    }

    void rejectsBadExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        auto cron = CronExpression::parse(expression);
        QVERIFY(!cron);
        QCOMPARE(cron.error().code, ErrorCode::InvalidConfig);
        QVERIFY2(cron.error().message.contains(message), qPrintable(cron.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "TestCronExpression.moc"
