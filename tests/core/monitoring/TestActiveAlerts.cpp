// The dashboard's alerts on fixed catalog data: each rule of lifeboat-alerts.yml fires on the
// data that should raise it and stays quiet on healthy data.
#include "monitoring/ActiveAlerts.h"

#include <QtTest>

using namespace lifeboat;

namespace {

const QDateTime kNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

CatalogEntry backup(const QString &job, qint64 hoursAgo, qint64 bytes, const QString &status = QStringLiteral("ok"), const QString &verified = QStringLiteral("passed"))
{
    CatalogEntry e;
    e.repository = QStringLiteral("main");
    e.meta.job = job;
    e.meta.id = QStringLiteral("%1-%2").arg(job).arg(hoursAgo);
    e.meta.startedAt = kNow.addSecs(-hoursAgo * 3600);
    e.meta.finishedAt = e.meta.startedAt.addSecs(30);
    e.meta.sizeBytes = bytes;
    e.meta.status = status;
    e.verificationStatus = verified;
    return e;
}

ActiveAlerts::Input base()
{
    ActiveAlerts::Input in;
    in.now = kNow;
    RepositoryConfig repo;
    repo.name = QStringLiteral("main");
    in.config.repositories.insert(repo.name, repo);
    JobConfig job;
    job.name = QStringLiteral("app");
    job.repository = QStringLiteral("main");
    job.schedule = QStringLiteral("0 2 * * *");
    in.config.jobs.insert(job.name, job);
    in.backups = {backup(QStringLiteral("app"), 10, 1000), backup(QStringLiteral("app"), 34, 1000), backup(QStringLiteral("app"), 58, 1000)};
    in.freeSpace = [](const RepositoryConfig &) { return qint64(500); };
    in.capacity = [](const RepositoryConfig &) { return qint64(1000); };
    return in;
}

QStringList names(const QList<ActiveAlerts::Alert> &alerts)
{
    QStringList out;
    for (const auto &a : alerts)
        out.append(a.name);
    return out;
}

} // namespace

class TestActiveAlerts : public QObject
{
    Q_OBJECT

private slots:
    void healthyDataRaisesNothing() { QCOMPARE(names(ActiveAlerts::evaluate(base())), QStringList()); }

    void eachRuleFires_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("alert");
        QTest::newRow("failed run") << 0 << QStringLiteral("LifeboatBackupFailed");
        QTest::newRow("stale") << 1 << QStringLiteral("LifeboatBackupStale");
        QTest::newRow("size jump") << 2 << QStringLiteral("LifeboatBackupSizeAnomaly");
        QTest::newRow("WAL lag") << 3 << QStringLiteral("LifeboatWalArchiveLag");
        QTest::newRow("low space") << 4 << QStringLiteral("LifeboatRepositoryLowSpace");
        QTest::newRow("verification") << 5 << QStringLiteral("LifeboatVerificationFailed");
        QTest::newRow("drill failed") << 6 << QStringLiteral("LifeboatDrillFailed");
        QTest::newRow("drill overdue") << 7 << QStringLiteral("LifeboatDrillOverdue");
        QTest::newRow("not yet offsite") << 8 << QStringLiteral("LifeboatBackupNotOffsite");
    }

    void eachRuleFires()
    {
        QFETCH(int, which);
        QFETCH(QString, alert);
        ActiveAlerts::Input in = base();
        DrillRecord drill;
        drill.plan = QStringLiteral("Quarterly");
        drill.status = QStringLiteral("passed");
        drill.finishedAt = kNow.addDays(-10);
        switch (which) {
        case 0: {
            Catalog::Run run;
            run.job = QStringLiteral("app");
            run.task = QStringLiteral("backup");
            run.status = QStringLiteral("failed");
            run.scheduledFor = run.startedAt = run.finishedAt = kNow.addSecs(-60);
            in.runs = {run};
            break;
        }
        case 1:
            in.backups = {backup(QStringLiteral("app"), 30, 1000)};
            break;
        case 2:
            in.backups.prepend(backup(QStringLiteral("app"), 1, 5000));
            break;
        case 3: {
            Catalog::ArchiveHealth wal;
            wal.lagSegments = 150;
            in.archive.insert(QStringLiteral("app"), wal);
            break;
        }
        case 4:
            in.freeSpace = [](const RepositoryConfig &) { return qint64(150); };
            break;
        case 5:
            in.backups[1].verificationStatus = QStringLiteral("failed");
            break;
        case 6:
            drill.status = QStringLiteral("failed");
            drill.failedStep = QStringLiteral("Row counts");
            break;
        case 7:
            drill.finishedAt = kNow.addDays(-120);
            break;
        case 8: // copy_to: two backups copied, one not
            in.config.jobs[QStringLiteral("app")].copyTo = {QStringLiteral("offsite")};
            for (CatalogEntry &e : in.backups)
                e.copies = {QStringLiteral("offsite")};
            in.backups[1].copies.clear();
            break;
        }
        in.drills = {drill};
        const QStringList fired = names(ActiveAlerts::evaluate(in));
        QVERIFY2(fired.contains(alert), qPrintable(fired.join(QLatin1Char(','))));
        QCOMPARE(fired.size(), 1); // only that one
    }
};

QTEST_GUILESS_MAIN(TestActiveAlerts)
#include "TestActiveAlerts.moc"
