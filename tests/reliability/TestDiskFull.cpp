// The disk-full suite on real small filesystems (tmpfs; mounting needs root, which CI has — where
// it cannot mount, the test says so and skips, and TestStreamChain's full-disk path still runs):
// the repository filling up during a scheduled backup and the restore target filling up during a
// restore. Each gets a one-line "disk full" error with the fix, removes its partial files, keeps
// the earlier backups intact, and the failed scheduled run is recorded, so the alert fires
// (lifeboat_backup_last_run_success 0). TestCliContract::fullRepositoryDiskFailsCleanly covers a
// plain `backup` into a full repository.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestDiskFull : public QObject
{
    Q_OBJECT

    struct Mount
    {
        QString path;
        bool mounted = false;
        QString error;
        Mount(const QString &p, const QString &size)
            : path(p)
        {
            QDir().mkpath(p);
            const auto r = run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                         QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"), p});
            mounted = r.exitCode == 0;
            error = QString::fromUtf8(r.err.trimmed());
        }
        ~Mount()
        {
            if (mounted)
                run(QStringLiteral("umount"), {path});
        }
    };


private slots:
    void aFullRepositoryFailsTheScheduledRunAndRaisesTheAlert()
    {
        Workspace ws(QStringLiteral("schedule = \"* * * * *\"\n"), 60000); // ~3.5 MB stored: more than the disk holds
        Mount mount(ws.path(QStringLiteral("repo")), QStringLiteral("2m"));
        if (!mount.mounted)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1): the disk-full suite needs root").arg(mount.error)));
        writeFile(ws.config(), readFile(ws.config()).replace("[jobs.app]", "[jobs.small]\nkind = \"sqlite\"\npath = \"small.db\"\nrepository = \"main\"\n[jobs.app]"));
        makeSqliteDb(ws.path(QStringLiteral("small.db")), 100);
        QCOMPARE(ws.cli({QStringLiteral("backup"), QStringLiteral("small")}).exitCode, 0);

        const auto pass = ws.cli({QStringLiteral("--run-schedule")});
        QCOMPARE(pass.exitCode, 1);
        QVERIFY2(pass.firstErrorLine().contains(QLatin1String("disk full")), qPrintable(pass.firstErrorLine()));
        QVERIFY2(pass.firstErrorLine().contains(QLatin1String("free space")), qPrintable(pass.firstErrorLine()));
        QVERIFY2(partialFiles(ws.path(QStringLiteral("repo"))).isEmpty(), qPrintable(partialFiles(ws.path(QStringLiteral("repo"))).join(QLatin1Char(' '))));
        // The earlier backup is intact; the failed run is in the catalog and the metrics say so.
        QCOMPARE(ws.cli({QStringLiteral("verify"), QStringLiteral("--job"), QStringLiteral("small"), QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 0);
        const QString failed = QString::fromUtf8(run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("catalog.db")),
                                                                                  QStringLiteral("SELECT status || ' ' || error FROM runs WHERE job = 'app'")}).out);
        QVERIFY2(failed.startsWith(QLatin1String("failed ")) && failed.contains(QLatin1String("disk full")), qPrintable(failed));
        const auto metrics = ws.cli({QStringLiteral("metrics")});
        QVERIFY2(metrics.out.contains("lifeboat_backup_last_run_success{job=\"app\"} 0"), metrics.out.constData());
    }

    void aFullFolderRestoreTargetLeavesNothingBehind()
    {
        Workspace ws(QStringLiteral("[jobs.vol]\nkind = \"files\"\npath = \"tree\"\nrepository = \"main\"\n"), 0);
        QDir().mkpath(ws.path(QStringLiteral("tree")));
        for (int i = 0; i < 8; ++i) {
            QByteArray data;
            for (int j = 0; j < 1 << 20; ++j)
                data.append(char((j * 31 + i) & 0xff));
            writeFile(ws.path(QStringLiteral("tree/part%1.bin").arg(i)), data); // 8 MiB: four times the target disk
        }
        const auto made = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString id = QJsonDocument::fromJson(made.out).object().value(QStringLiteral("id")).toString();
        Mount mount(ws.path(QStringLiteral("target")), QStringLiteral("2m"));
        if (!mount.mounted)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1): the disk-full suite needs root").arg(mount.error)));
        const auto r = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("target/vol"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("disk full")) && r.firstErrorLine().contains(QLatin1String("free")),
                 qPrintable(r.firstErrorLine()));
        const QStringList left = QDir(ws.path(QStringLiteral("target"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QCOMPARE(ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 0);
        QCOMPARE(ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("roomy"))}).exitCode, 0);
    }

    void aFullRestoreTargetLeavesNothingBehind()
    {
        Workspace ws({}, 60000); // ~7 MB restored: more than the target disk holds
        const QString id = ws.backup();
        Mount mount(ws.path(QStringLiteral("target")), QStringLiteral("2m"));
        if (!mount.mounted)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1): the disk-full suite needs root").arg(mount.error)));
        const QString target = ws.path(QStringLiteral("target/app.db"));
        const auto r = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("disk full")), qPrintable(r.firstErrorLine()));
        QVERIFY(!QFile::exists(target));
        QVERIFY2(QDir(ws.path(QStringLiteral("target"))).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(ws.path(QStringLiteral("target"))).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
        // The backup is untouched, and a restore with room succeeds.
        QCOMPARE(ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 0);
        QCOMPARE(ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("roomy.db"))}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
