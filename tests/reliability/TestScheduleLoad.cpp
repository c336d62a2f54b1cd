// Load on the scheduler: 50 jobs due at once, and two `--run-schedule` passes started together
// (a cron line and a systemd timer firing at the same minute). Per-job locks decide who runs each
// job; nothing fails, every backup a run reports is in the catalog and verifies, no job is left
// without its backup, and the wall time is printed. LIFEBOAT_LOAD_JOBS changes the job count.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestScheduleLoad : public QObject
{
    Q_OBJECT

private slots:
    void fiftyJobsDueAtOnceWithTwoSchedulers()
    {
        const int jobs = qEnvironmentVariableIsSet("LIFEBOAT_LOAD_JOBS") ? qEnvironmentVariableIntValue("LIFEBOAT_LOAD_JOBS") : 50;
        Workspace ws({}, 0);
        QByteArray config = readFile(ws.config());
        config.replace("[jobs.app]\nkind = \"sqlite\"\npath = \"app.db\"\nrepository = \"main\"\n", "");
        for (int i = 0; i < jobs; ++i) {
            makeSqliteDb(ws.path(QStringLiteral("db%1.sqlite").arg(i)), 200);
            config += QStringLiteral("[jobs.j%1]\nkind = \"sqlite\"\npath = \"db%1.sqlite\"\nrepository = \"main\"\nschedule = \"* * * * *\"\n"
                                     "compression = \"zstd:3\"\n")
                          .arg(i)
                          .toUtf8();
        }
        writeFile(ws.config(), config);

        QElapsedTimer wall;
        wall.start();
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->start(cliPath(), ws.cliArgs({QStringLiteral("--json"), QStringLiteral("--run-schedule")}));
        for (QProcess *p : {&a, &b}) {
            QVERIFY(p->waitForFinished(600000));
            // 0: all ok; 4: some job was busy (the other pass held it) — nothing else.
            QVERIFY2(p->exitCode() == 0 || p->exitCode() == 4,
                     qPrintable(QStringLiteral("exit %1: ").arg(p->exitCode()) + QString::fromUtf8(p->readAllStandardError().right(2000))));
        }
        const qint64 elapsed = wall.elapsed();

        QSet<QString> reported;
        QMap<QString, int> okPerJob;
        int busy = 0;
        int skipped = 0; // the other pass had backed the job up by the time this one held its lock
        for (QProcess *p : {&a, &b}) {
            const QJsonArray runs = QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(QStringLiteral("runs")).toArray();
            for (const QJsonValue &v : runs) {
                const QJsonObject run = v.toObject();
                const QString status = run.value(QStringLiteral("status")).toString();
                QVERIFY2(status == QLatin1String("ok") || status == QLatin1String("busy") || status == QLatin1String("skipped"),
                         QJsonDocument(run).toJson().constData());
                if (status != QLatin1String("ok")) {
                    ++(status == QLatin1String("busy") ? busy : skipped);
                    continue;
                }
                if (run.value(QStringLiteral("task")).toString() != QLatin1String("backup"))
                    continue;
                reported.insert(run.value(QStringLiteral("backup_id")).toString());
                ++okPerJob[run.value(QStringLiteral("job")).toString()];
            }
        }
        // Every job was backed up by one of the two passes.
        QCOMPARE(okPerJob.size(), jobs);
        const QJsonArray listed = QJsonDocument::fromJson(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array();
        QSet<QString> ids;
        for (const QJsonValue &v : listed)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids, reported); // nothing lost, nothing unreported
        const auto verified = ws.cli({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--level"), QStringLiteral("format")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        // Exactly once each: the second pass saw the first one's backup instead of taking another.
        for (auto it = okPerJob.cbegin(); it != okPerJob.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 was backed up %2 times").arg(it.key()).arg(it.value())));
        qInfo("schedule load: %d jobs due at once, two passes together: %lld ms wall (%.1f jobs/s), %d busy and %d skipped answers "
              "from the second pass, %lld backups listed (one per job), all verified, 0 lost",
              jobs, elapsed, jobs * 1000.0 / qMax<qint64>(1, elapsed), busy, skipped, qint64(ids.size()));
    }
};

QTEST_GUILESS_MAIN(TestScheduleLoad)
#include "TestScheduleLoad.moc"
