// What --run-schedule finds due, as a pure function of config, history and a fixed time.
#include "schedule/SchedulePlanner.h"

#include <QtTest>

using namespace lifeboat;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromUtf8(iso), Qt::ISODate).toUTC();
}

Config config(const QString &schedule, const QString &missed = QStringLiteral("once"), const QString &timezone = QStringLiteral("UTC"))
{
    Config c;
    c.timezone = timezone;
    JobConfig job;
    job.name = QStringLiteral("app");
    job.schedule = schedule;
    job.missed = missed;
    c.jobs.insert(job.name, job);
    return c;
}

} // namespace

class TestSchedulePlanner : public QObject
{
    Q_OBJECT

private slots:
    void decidesWhatIsDue_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("missed");
        QTest::addColumn<QDateTime>("lastRun");      // scheduledFor of the last recorded run
        QTest::addColumn<QDateTime>("newestBackup"); // used when no run was recorded
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("due");
        QTest::addColumn<QDateTime>("scheduledFor");
        QTest::addColumn<int>("missedRuns");
        QTest::addColumn<bool>("skip");

        const QDateTime none;
        QTest::newRow("due: 02:00 passed since the last run")
            << QStringLiteral("0 2 * * *") << QStringLiteral("once") << utc("2025-01-01T02:00:00Z") << none << utc("2025-01-02T02:03:00Z") << true << utc("2025-01-02T02:00:00Z") << 0 << false;
        QTest::newRow("not due: the next 02:00 is still ahead")
            << QStringLiteral("0 2 * * *") << QStringLiteral("once") << utc("2025-01-02T02:00:00Z") << none << utc("2025-01-02T23:59:00Z") << false << none << 0 << false;
        QTest::newRow("missed: three days off, caught up by one run")
            << QStringLiteral("0 2 * * *") << QStringLiteral("once") << utc("2025-01-01T02:00:00Z") << none << utc("2025-01-04T09:00:00Z") << true << utc("2025-01-04T02:00:00Z") << 2 << false;
        QTest::newRow("missed with skip: seven hours late is skipped")
            << QStringLiteral("0 2 * * *") << QStringLiteral("skip") << utc("2025-01-01T02:00:00Z") << none << utc("2025-01-04T09:00:00Z") << true << utc("2025-01-04T02:00:00Z") << 2 << true;
        QTest::newRow("skip still runs a job that is only minutes late")
            << QStringLiteral("0 2 * * *") << QStringLiteral("skip") << utc("2025-01-01T02:00:00Z") << none << utc("2025-01-02T02:10:00Z") << true << utc("2025-01-02T02:00:00Z") << 0 << false;
        QTest::newRow("no recorded run: the newest backup anchors")
            << QStringLiteral("0 2 * * *") << QStringLiteral("once") << none << utc("2025-01-02T01:00:00Z") << utc("2025-01-02T01:30:00Z") << false << none << 0 << false;
        QTest::newRow("never ran at all: due at once")
            << QStringLiteral("0 2 * * *") << QStringLiteral("skip") << none << none << utc("2025-01-02T01:30:00Z") << true << utc("2025-01-02T01:30:00Z") << 0 << false;
    }

    void decidesWhatIsDue()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, missed);
        QFETCH(QDateTime, lastRun);
        QFETCH(QDateTime, newestBackup);
        QFETCH(QDateTime, now);
        QFETCH(bool, due);
        QFETCH(QDateTime, scheduledFor);
        QFETCH(int, missedRuns);
        QFETCH(bool, skip);
        ScheduleHistory history;
        if (lastRun.isValid())
            history.lastBackupRun.insert(QStringLiteral("app"), lastRun);
        if (newestBackup.isValid())
            history.newestBackup.insert(QStringLiteral("app"), newestBackup);
        const QList<DueItem> items = SchedulePlanner::due(config(schedule, missed), history, now);
        QCOMPARE(items.size(), due ? 1 : 0);
        if (!due)
            return;
        QCOMPARE(items.first().name, QStringLiteral("app"));
        QCOMPARE(items.first().scheduledFor, scheduledFor);
        QCOMPARE(items.first().missedRuns, missedRuns);
        QCOMPARE(items.first().skip, skip);
    }

    void jobsWithoutScheduleAreNeverDue()
    {
        QVERIFY(SchedulePlanner::due(config(QString()), {}, utc("2025-01-01T00:00:00Z")).isEmpty());
        QVERIFY(!SchedulePlanner::nextWake(config(QString()), utc("2025-01-01T00:00:00Z")).isValid());
    }

    void scansAreDueOnTheirRepositorySchedule()
    {
        Config c = config(QString());
        RepositoryConfig repo;
        repo.name = QStringLiteral("main");
        repo.scan = QStringLiteral("0 4 * * 0"); // Sundays 04:00
        c.repositories.insert(repo.name, repo);
        ScheduleHistory history;
        history.lastScan.insert(QStringLiteral("main"), utc("2025-01-05T04:00:00Z"));
        QVERIFY(SchedulePlanner::due(c, history, utc("2025-01-12T03:59:00Z")).isEmpty());
        const QList<DueItem> items = SchedulePlanner::due(c, history, utc("2025-01-12T04:01:00Z"));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().task, DueItem::Task::Scan);
        QCOMPARE(items.first().name, QStringLiteral("main"));
    }

    void wakesAtTheEarliestNextTimeInTheConfigsZone()
    {
        Config c = config(QStringLiteral("0 2 * * *"), QStringLiteral("once"), QStringLiteral("Europe/Berlin"));
        JobConfig hourly;
        hourly.name = QStringLiteral("hourly");
        hourly.schedule = QStringLiteral("@hourly");
        QCOMPARE(SchedulePlanner::nextWake(c, utc("2025-01-01T12:00:00Z")), utc("2025-01-02T01:00:00Z")); // 02:00 CET
        c.jobs.insert(hourly.name, hourly);
        QCOMPARE(SchedulePlanner::nextWake(c, utc("2025-01-01T12:00:00Z")), utc("2025-01-01T13:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulePlanner)
#include "TestSchedulePlanner.moc"
