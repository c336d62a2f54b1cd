// --run-schedule in process, on real SQLite jobs and local repositories, with an injected clock:
// due, not due, missed runs caught up once, an overlapping lock, copy_to before retention, a
// failed copy that prunes nothing, and a scan that finds corruption and backs up at once.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "config/ConfigLoader.h"
#include "jobs/CatalogRebuildOperation.h"
#include "jobs/JobSupport.h"
#include "repository/Repository.h"
#include "schedule/RunScheduleOperation.h"

#include <QDir>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromUtf8(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestRunScheduleOperation : public QObject
{
    Q_OBJECT

    FixedClock m_clock{utc("2025-01-01T02:00:30Z")};

    static Config load(const Workspace &ws)
    {
        auto config = ConfigLoader::loadFile(ws.config());
        if (!config)
            qFatal("%s", qPrintable(config.error().message));
        return *config;
    }

    // One pass at the clock's time; returns "task job status trigger missed" per run.
    QStringList pass(const Config &config, QList<ScheduledRun> *runs = nullptr)
    {
        RunScheduleOperation op({config, false, {}, {}});
        auto status = op.run();
        if (!status)
            return {QStringLiteral("error: ") + status.error().message};
        if (runs)
            *runs = op.runs();
        QStringList out;
        for (const ScheduledRun &r : op.runs())
            out.append(QStringLiteral("%1 %2 %3 %4 %5").arg(r.run.task, r.run.job, r.run.status, r.run.trigger).arg(r.missedRuns));
        return out;
    }

    static QStringList backupIds(const Config &config, const QString &repository)
    {
        auto repo = JobSupport::repository(config, repository);
        auto list = (*repo)->listBackups(QStringLiteral("app"));
        QStringList ids;
        for (const BackupMetadata &b : *list)
            ids.append(b.id);
        ids.sort();
        return ids;
    }

private slots:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void runsWhatIsDueCatchesUpOnceAndPrunes()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\nretention = { last = 2 }\n"));
        const Config config = load(ws);
        m_clock.set(utc("2025-01-01T02:00:30Z"));
        QCOMPARE(pass(config), QStringList{QStringLiteral("backup app ok first 0")});
        m_clock.set(utc("2025-01-01T12:00:00Z"));
        QCOMPARE(pass(config), QStringList{}); // not due
        m_clock.set(utc("2025-01-02T02:01:00Z"));
        QCOMPARE(pass(config), QStringList{QStringLiteral("backup app ok schedule 0")});
        m_clock.set(utc("2025-01-05T02:05:00Z")); // off for three days
        QList<ScheduledRun> runs;
        QCOMPARE(pass(config, &runs), QStringList{QStringLiteral("backup app ok missed 2")});
        QCOMPARE(runs.first().run.scheduledFor, utc("2025-01-05T02:00:00Z"));
        QCOMPARE(pass(config), QStringList{}); // caught up once, not three times

        // Retention ran after each backup: the two newest stay, the removal is in the audit trail.
        QCOMPARE(backupIds(config, QStringLiteral("main")),
                 (QStringList{QStringLiteral("app-db-backup-20250102-020100"), QStringLiteral("app-db-backup-20250105-020500")}));
        auto catalog = JobSupport::catalog(config);
        QVERIFY(catalog);
        auto audit = (*catalog)->auditTrail();
        QVERIFY(audit);
        QList<Catalog::AuditEvent> removals;
        int backups = 0;
        for (const Catalog::AuditEvent &e : *audit) {
            if (e.action == QLatin1String("prune-remove"))
                removals.append(e);
            backups += e.action == QLatin1String("backup");
        }
        QCOMPARE(backups, 3); // every backup is in the audit trail too
        QCOMPARE(removals.size(), 1);
        QCOMPARE(removals.first().target, QStringLiteral("app-db-backup-20250101-020030"));
        auto recorded = (*catalog)->runs(QStringLiteral("app"));
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 3);
        QCOMPARE(recorded->first().backupId, QStringLiteral("app-db-backup-20250105-020500"));
        QVERIFY(recorded->first().sizeBytes > 0);
    }

    void anOverlappingRunIsBusyAndTheJobStaysDue()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        const Config config = load(ws);
        m_clock.set(utc("2025-01-01T02:00:30Z"));
        auto repo = JobSupport::repository(config, QStringLiteral("main"));
        QVERIFY(repo);
        QVERIFY((*repo)->initialize());
        {
            auto lock = (*repo)->lockJob(QStringLiteral("app")); // another run holds the job
            QVERIFY(lock);
            QList<ScheduledRun> runs;
            QCOMPARE(pass(config, &runs), QStringList{QStringLiteral("backup app busy first 0")});
            QVERIFY2(runs.first().run.error.contains(QLatin1String("busy")), qPrintable(runs.first().run.error));
        }
        QCOMPARE(pass(config), QStringList{QStringLiteral("backup app ok first 0")});
        QCOMPARE(pass(config), QStringList{});
    }

    void copiesBeforePruningAndAFailedCopyDeletesNothing()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\ncopy_to = [\"offsite\"]\nretention = { last = 1 }\n"
                                    "[repositories.offsite]\ntype = \"local\"\npath = \"offsite\"\n"));
        const Config config = load(ws);
        m_clock.set(utc("2025-01-01T02:00:30Z"));
        QCOMPARE(pass(config), QStringList{QStringLiteral("backup app ok first 0")});
        const QString id = QStringLiteral("app-db-backup-20250101-020030");
        QCOMPARE(backupIds(config, QStringLiteral("offsite")), QStringList{id});
        const QString artifact = id + QStringLiteral(".sqlite.zst");
        QCOMPARE(readFile(ws.path(QStringLiteral("offsite/app/backups/") + artifact)), readFile(ws.backupsDir() + QLatin1Char('/') + artifact));
        QVERIFY(QFile::exists(ws.path(QStringLiteral("offsite/app/backups/") + artifact + QStringLiteral(".meta.json"))));

        // The next day: backed up, copied, and retention (last = 1) applied to both repositories.
        m_clock.set(utc("2025-01-02T02:00:30Z"));
        QCOMPARE(pass(config), QStringList{QStringLiteral("backup app ok schedule 0")});
        const QString second = QStringLiteral("app-db-backup-20250102-020030");
        QCOMPARE(backupIds(config, QStringLiteral("main")), QStringList{second});
        QCOMPARE(backupIds(config, QStringLiteral("offsite")), QStringList{second});

        // A rebuilt catalog points at the job's own repository, once per backup.
        CatalogRebuildOperation rebuild(config);
        QVERIFY(rebuild.run());
        QCOMPARE(rebuild.result().backups, 1);
        QCOMPARE((*(*JobSupport::catalog(config))->findBackup(second)).repository, QStringLiteral("main"));

        // The offsite repository breaks (its backups folder is now a file): the run fails and
        // retention, which would remove yesterday's backup, does not run.
        QVERIFY(QDir(ws.path(QStringLiteral("offsite/app/backups"))).removeRecursively());
        writeFile(ws.path(QStringLiteral("offsite/app/backups")), "not a folder");
        m_clock.set(utc("2025-01-03T02:00:30Z"));
        QList<ScheduledRun> runs;
        QCOMPARE(pass(config, &runs), QStringList{QStringLiteral("backup app failed schedule 0")});
        QVERIFY2(runs.first().run.error.contains(QLatin1String("nothing was pruned")), qPrintable(runs.first().run.error));
        QCOMPARE(backupIds(config, QStringLiteral("main")).size(), 2);
    }

    void aScanFindsCorruptionAndBacksUpAtOnce()
    {
        Workspace ws;
        QByteArray text = readFile(ws.config());
        text.replace("path = \"repo\"\n", "path = \"repo\"\nscan = \"0 4 * * 0\"\n");
        writeFile(ws.config(), text);
        const Config config = load(ws);
        const QString damaged = ws.backup();
        const QString artifact = ws.backupsDir() + QLatin1Char('/') + damaged + QStringLiteral(".sqlite.zst");
        QByteArray bytes = readFile(artifact);
        QVERIFY(bytes.size() > 100);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        writeFile(artifact, bytes);

        m_clock.set(QDateTime::currentDateTimeUtc().addSecs(60)); // never scanned: due at once
        QList<ScheduledRun> runs;
        QCOMPARE(pass(config, &runs), (QStringList{QStringLiteral("scan main corrupt first 0"), QStringLiteral("backup app ok corruption 0")}));
        QVERIFY2(runs.first().run.error.contains(QLatin1String("1 of 1 backups failed the checksum")), qPrintable(runs.first().run.error));
        auto catalog = JobSupport::catalog(config);
        auto entry = (*catalog)->findBackup(damaged);
        QVERIFY(entry);
        QCOMPARE(entry->verificationStatus, QStringLiteral("failed"));
        QCOMPARE(backupIds(config, QStringLiteral("main")).size(), 2); // the damaged one stays for inspection
        // The next scan is a week away.
        QCOMPARE(pass(config), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestRunScheduleOperation)
#include "TestRunScheduleOperation.moc"
