// Prometheus exposition of fixed catalog data: the samples an alert rule needs, escaping, the
// histogram's cumulative buckets, and that every line is valid text format.
#include "monitoring/MetricsExporter.h"

#include <QRegularExpression>
#include <QtTest>

using namespace lifeboat;

namespace {

const QDateTime kNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

CatalogEntry backup(const QString &job, qint64 hoursAgo, double seconds, const QString &status = QStringLiteral("ok"))
{
    CatalogEntry e;
    e.repository = QStringLiteral("main");
    e.meta.job = job;
    e.meta.id = QStringLiteral("%1-%2").arg(job).arg(hoursAgo);
    e.meta.startedAt = kNow.addSecs(-hoursAgo * 3600);
    e.meta.finishedAt = e.meta.startedAt.addSecs(qint64(seconds));
    e.meta.durationSeconds = seconds;
    e.meta.sizeBytes = 1000 + hoursAgo;
    e.meta.status = status;
    e.verificationStatus = status == QLatin1String("ok") ? QStringLiteral("passed") : QStringLiteral("failed");
    return e;
}

} // namespace

class TestMetricsExporter : public QObject
{
    Q_OBJECT

private slots:
    void exposesWhatAlertsNeed()
    {
        MetricsExporter::Input in;
        in.now = kNow;
        RepositoryConfig repo;
        repo.name = QStringLiteral("main");
        in.config.repositories.insert(repo.name, repo);
        for (const char *name : {"app", "we\"ird"}) {
            JobConfig job;
            job.name = QString::fromUtf8(name);
            job.repository = QStringLiteral("main");
            job.schedule = QStringLiteral("0 2 * * *");
            in.config.jobs.insert(job.name, job);
        }
        in.backups = {backup(QStringLiteral("app"), 2, 3.5, QStringLiteral("failed")), backup(QStringLiteral("app"), 26, 40), backup(QStringLiteral("app"), 50, 400),
                      backup(QStringLiteral("we\"ird"), 1, 2)};
        Catalog::Run run;
        run.job = QStringLiteral("app");
        run.task = QStringLiteral("backup");
        run.status = QStringLiteral("ok");
        in.runs = {run, run};
        run.status = QStringLiteral("busy");
        in.runs.append(run);
        Catalog::ArchiveHealth wal;
        wal.lagSegments = 3;
        wal.failedCount = 7;
        wal.at = kNow;
        in.archive.insert(QStringLiteral("app"), wal);
        in.freeSpace = [](const RepositoryConfig &) { return qint64(123456); };
        in.capacity = [](const RepositoryConfig &) { return qint64(1000000); };
        // Two drills of one plan (the newest counts) and a failed one of another.
        DrillRecord newer, older, failed;
        newer.plan = older.plan = QStringLiteral("Quarterly");
        newer.status = QStringLiteral("passed");
        newer.finishedAt = kNow.addSecs(-3600);
        newer.rtoSeconds = 95.5;
        newer.rpoSeconds = 1800;
        newer.rtoObjectiveSeconds = 7200;
        newer.rpoObjectiveSeconds = 3600;
        older.status = QStringLiteral("failed");
        older.finishedAt = kNow.addDays(-90);
        failed.plan = QStringLiteral("Cluster");
        failed.status = QStringLiteral("failed");
        failed.finishedAt = kNow.addDays(-1);
        in.drills = {newer, failed, older};

        const QString text = MetricsExporter::exposition(in);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto has = [&lines](const char *line) { return lines.contains(QString::fromUtf8(line)); };
        QVERIFY(has("lifeboat_backup_last_success_timestamp_seconds{job=\"app\"} 1741514440")); // 26 h ago + 40 s
        QVERIFY(has("lifeboat_backup_last_run_success{job=\"app\"} 0"));
        QVERIFY(has("lifeboat_backup_last_size_bytes{job=\"app\",repository=\"main\"} 1002"));
        QVERIFY(has("lifeboat_backup_objective_seconds{job=\"app\"} 129600"));
        QVERIFY(has("lifeboat_job_health{job=\"app\"} 2"));
        QVERIFY(has("lifeboat_verification_failures{job=\"app\"} 1"));
        QVERIFY(has("lifeboat_backup_duration_seconds_bucket{job=\"app\",le=\"60\"} 1"));
        QVERIFY(has("lifeboat_backup_duration_seconds_bucket{job=\"app\",le=\"900\"} 2"));
        QVERIFY(has("lifeboat_backup_duration_seconds_bucket{job=\"app\",le=\"+Inf\"} 2"));
        QVERIFY(has("lifeboat_backup_duration_seconds_sum{job=\"app\"} 440"));
        QVERIFY(has("lifeboat_backup_duration_seconds_count{job=\"app\"} 2"));
        QVERIFY(has("lifeboat_runs_total{job=\"app\",task=\"backup\",status=\"ok\"} 2"));
        QVERIFY(has("lifeboat_runs_total{job=\"app\",task=\"backup\",status=\"busy\"} 1"));
        QVERIFY(has("lifeboat_wal_archive_lag_segments{job=\"app\"} 3"));
        QVERIFY(has("lifeboat_wal_archive_failures_total{job=\"app\"} 7"));
        QVERIFY(has("lifeboat_repository_free_bytes{repository=\"main\"} 123456"));
        QVERIFY(has("lifeboat_job_health{job=\"we\\\"ird\"} 0")); // label values escaped
        QVERIFY(has("lifeboat_repository_capacity_bytes{repository=\"main\"} 1000000"));
        QVERIFY(has("lifeboat_drill_last_success{plan=\"Quarterly\"} 1"));
        QVERIFY(has("lifeboat_drill_last_success{plan=\"Cluster\"} 0"));
        QVERIFY(has("lifeboat_drill_last_rto_seconds{plan=\"Quarterly\"} 95.5"));
        QVERIFY(has("lifeboat_drill_last_rpo_seconds{plan=\"Quarterly\"} 1800"));
        QVERIFY(!text.contains(QLatin1String("lifeboat_drill_last_rto_seconds{plan=\"Cluster\"}"))); // not measured: absent, not 0
        QVERIFY(has(qPrintable(QStringLiteral("lifeboat_drill_last_timestamp_seconds{plan=\"Quarterly\"} %1").arg(kNow.addSecs(-3600).toSecsSinceEpoch()))));

        // Every line: a comment (HELP, TYPE) or NAME{labels} VALUE; every family typed once.
        // (No raw string here: moc 6.4 loses the class after one holding quotes.)
        static const QRegularExpression sample(
            QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\",?)*\\})? -?[0-9.e+]+$"));
        QSet<QString> typed;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("# TYPE "))) {
                const QString family = line.section(QLatin1Char(' '), 2, 2);
                QVERIFY2(!typed.contains(family), qPrintable(family));
                typed.insert(family);
            } else if (!line.startsWith(QLatin1String("# HELP "))) {
                QVERIFY2(sample.match(line).hasMatch(), qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsExporter)
#include "TestMetricsExporter.moc"
