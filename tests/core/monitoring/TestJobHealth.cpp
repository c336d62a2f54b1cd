// A job's health at a fixed time: age against the schedule's objective, failures, verification,
// no schedule, and the retention space forecast.
#include "monitoring/JobHealth.h"

#include <QtTest>

using namespace lifeboat;

namespace {

const QDateTime kNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

CatalogEntry backup(qint64 hoursAgo, const QString &status = QStringLiteral("ok"), const QString &verification = QStringLiteral("passed"),
                    qint64 size = 1000)
{
    CatalogEntry e;
    e.meta.job = QStringLiteral("app");
    e.meta.id = QStringLiteral("app-%1").arg(hoursAgo);
    e.meta.startedAt = kNow.addSecs(-hoursAgo * 3600);
    e.meta.finishedAt = e.meta.startedAt.addSecs(60);
    e.meta.status = status;
    e.meta.sizeBytes = size;
    e.verificationStatus = verification;
    e.verificationLevel = QStringLiteral("checksum");
    e.verifiedAt = e.meta.finishedAt;
    return e;
}

Config config(const QString &schedule)
{
    Config c;
    c.timezone = QStringLiteral("UTC");
    JobConfig job;
    job.name = QStringLiteral("app");
    job.kind = QStringLiteral("sqlite");
    job.repository = QStringLiteral("main");
    job.schedule = schedule;
    c.jobs.insert(job.name, job);
    RepositoryConfig repo;
    repo.name = QStringLiteral("main");
    repo.type = QStringLiteral("local");
    c.repositories.insert(repo.name, repo);
    return c;
}

} // namespace

class TestJobHealth : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QList<CatalogEntry>>("backups");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fresh and verified is healthy") << QStringLiteral("0 2 * * *") << QList<CatalogEntry>{backup(10)} << int(JobHealth::Level::Good) << QString();
        QTest::newRow("older than 1.5 days on a daily job needs attention")
            << QStringLiteral("0 2 * * *") << QList<CatalogEntry>{backup(50)} << int(JobHealth::Level::Warning) << QStringLiteral("over the objective of 1 d 12 h");
        QTest::newRow("older than twice the objective is at risk")
            << QStringLiteral("0 2 * * *") << QList<CatalogEntry>{backup(80)} << int(JobHealth::Level::Bad) << QStringLiteral("over twice the objective");
        QTest::newRow("no backup at all is at risk") << QStringLiteral("0 2 * * *") << QList<CatalogEntry>{} << int(JobHealth::Level::Bad)
                                                     << QStringLiteral("no successful backup yet");
        QTest::newRow("a failed newest run is at risk")
            << QStringLiteral("0 2 * * *") << QList<CatalogEntry>{backup(2, QStringLiteral("failed")), backup(26)} << int(JobHealth::Level::Bad)
            << QStringLiteral("the last run failed");
        QTest::newRow("a failed verification is at risk")
            << QStringLiteral("0 2 * * *") << QList<CatalogEntry>{backup(5, QStringLiteral("ok"), QStringLiteral("failed"))} << int(JobHealth::Level::Bad)
            << QStringLiteral("failed verification");
        QTest::newRow("no schedule needs attention") << QString() << QList<CatalogEntry>{backup(5)} << int(JobHealth::Level::Warning)
                                                     << QStringLiteral("no schedule");
        QTest::newRow("never verified needs attention")
            << QStringLiteral("@hourly") << QList<CatalogEntry>{backup(0, QStringLiteral("ok"), QString())} << int(JobHealth::Level::Warning)
            << QStringLiteral("never verified");
    }

    void levels()
    {
        QFETCH(QString, schedule);
        QFETCH(QList<CatalogEntry>, backups);
        QFETCH(int, level);
        QFETCH(QString, reason);
        const QList<JobHealth> health = JobHealth::compute(config(schedule), backups, {}, kNow, {});
        QCOMPARE(health.size(), 1);
        QCOMPARE(int(health.first().level), level);
        QVERIFY2(health.first().reasons.join(QLatin1Char(' ')).contains(reason), qPrintable(health.first().reasons.join(QLatin1Char('|'))));
        if (reason.isEmpty())
            QVERIFY(health.first().reasons.isEmpty());
    }

    void factsForTheCard()
    {
        const QList<CatalogEntry> backups{backup(10, QStringLiteral("ok"), QStringLiteral("passed"), 300), backup(34, QStringLiteral("ok"), QStringLiteral("passed"), 200),
                                          backup(58, QStringLiteral("ok"), QStringLiteral("passed"), 100)};
        const JobHealth h = JobHealth::compute(config(QStringLiteral("0 2 * * *")), backups, {}, kNow, [](const RepositoryConfig &) { return qint64(1000); })
                                .first();
        QCOMPARE(h.nextRun, QDateTime(QDate(2025, 3, 11), QTime(2, 0), Qt::UTC));
        QCOMPARE(h.objectiveSeconds, qint64(36 * 3600));
        QCOMPARE(h.ageSeconds, qint64(10 * 3600 - 60));
        QCOMPARE(h.backups, 3);
        QCOMPARE(h.storedBytes, qint64(600));
        QCOMPARE(h.keptAtSteadyState, 23); // the seed's 7 daily + 4 weekly + 12 monthly
        QCOMPARE(h.forecastBytes, qint64(200 * 23));
        QCOMPARE(h.repositoryFreeBytes, qint64(1000));
        QCOMPARE(int(h.level), int(JobHealth::Level::Good)); // 1000 free >= 2 x 300
        QCOMPARE(JobHealth::humanDuration(3 * 86400 + 5 * 3600), QStringLiteral("3 d 5 h"));
    }
};

QTEST_GUILESS_MAIN(TestJobHealth)
#include "TestJobHealth.moc"
