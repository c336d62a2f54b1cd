// The crash suite: lifeboat-cli killed with SIGKILL at random moments of a backup, a restore, a
// wal-push, a prune and a catalog rebuild. After every kill the repository lists only complete
// backups, each of them verifies, the catalog opens, and the next run succeeds and removes what
// the killed one left. LIFEBOAT_CRASH_TRIALS sets the trials per operation (a handful in the
// default run; tests/reliability/full.sh asks for more), LIFEBOAT_CRASH_SEED replays a run.
#include "TestSupport.h"
#include "../core/files/TreeSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>
#include <csignal>

using namespace lifeboat;
using namespace lifeboat::test;

class TestCrashSuite : public QObject
{
    Q_OBJECT

    int m_trials = 3;
    QRandomGenerator m_random;
    int m_killedMidway = 0; // trials where the process was still running when the signal came
    int m_total = 0;


    // Runs lifeboat-cli with `args` and kills it after a random delay in [0, window) ms.
    // Returns true when the process was still running at the kill.
    bool runAndKill(const Workspace &ws, const QStringList &args, int windowMs)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(cliPath(), ws.cliArgs(args));
        if (!p.waitForStarted())
            qFatal("cannot start lifeboat-cli");
        const int delay = int(m_random.bounded(quint32(qMax(1, windowMs))));
        QThread::msleep(ulong(delay));
        const qint64 pid = p.processId(); // 0 once it has ended: kill(0) would hit our own process group
        const bool running = pid > 0 && p.state() == QProcess::Running;
        if (running)
            ::kill(pid_t(pid), SIGKILL);
        p.waitForFinished(10000);
        ++m_total;
        if (running)
            ++m_killedMidway;
        return running;
    }

    static int timed(const Workspace &ws, const QStringList &args)
    {
        QElapsedTimer t;
        t.start();
        const auto r = ws.cli(args);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return int(t.elapsed());
    }

    // The invariants after every kill: the catalog opens, every listed backup verifies (format
    // level: checksum, decryption, decompression and the database's own check), nothing listed
    // is missing from the repository.
    void checkRepository(const Workspace &ws, const QString &job, const QString &trial)
    {
        const auto list = ws.cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--job"), job});
        QVERIFY2(list.exitCode == 0, qPrintable(trial + QStringLiteral(": list failed: ") + QString::fromUtf8(list.err)));
        const QJsonArray backups = QJsonDocument::fromJson(list.out).array();
        for (const QJsonValue &b : backups) {
            const QString id = b.toObject().value(QStringLiteral("id")).toString();
            const auto v = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")});
            QVERIFY2(v.exitCode == 0, qPrintable(trial + QStringLiteral(": listed backup %1 does not verify: %2").arg(id, QString::fromUtf8(v.err))));
        }
    }

    static QString encryptedJob()
    {
        return QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\n"
                              "compression = \"zstd:6\"\n");
    }

private slots:
    void initTestCase()
    {
        m_trials = qEnvironmentVariableIsSet("LIFEBOAT_CRASH_TRIALS") ? qMax(1, qEnvironmentVariableIntValue("LIFEBOAT_CRASH_TRIALS")) : 3;
        const quint32 seed = qEnvironmentVariableIsSet("LIFEBOAT_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("LIFEBOAT_CRASH_SEED"))
                                                                                : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("crash suite: %d trials per operation, seed %u (LIFEBOAT_CRASH_SEED=%u replays it)", m_trials, seed, seed);
    }

    void killedBackups()
    {
        Workspace ws(encryptedJob(), 40000); // ~5 MB: a backup takes long enough to be hit anywhere
        const QString first = ws.backup();
        const int window = timed(ws, {QStringLiteral("backup"), QStringLiteral("app")}) + 150;
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("backup trial %1").arg(i + 1);
            QThread::msleep(1100); // backup ids have second resolution
            runAndKill(ws, {QStringLiteral("backup"), QStringLiteral("app")}, window);
            checkRepository(ws, QStringLiteral("app"), trial);
            QThread::msleep(1100);
            const auto next = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
            QVERIFY2(next.exitCode == 0, qPrintable(trial + QStringLiteral(": the next backup failed: ") + QString::fromUtf8(next.err)));
            QVERIFY2(partialFiles(ws.path(QStringLiteral("repo"))).isEmpty(), qPrintable(trial + QStringLiteral(": left behind: ") + partialFiles(ws.path(QStringLiteral("repo"))).join(QLatin1Char(' '))));
            // One artifact per sidecar: nothing half-finished stays beside the complete backups.
            const QStringList files = QDir(ws.backupsDir()).entryList(QDir::Files);
            QVERIFY2(files.size() == 2 * files.filter(QStringLiteral(".meta.json")).size(), qPrintable(trial + QStringLiteral(": ") + files.join(QLatin1Char(' '))));
            checkRepository(ws, QStringLiteral("app"), trial);
        }
        QCOMPARE(ws.cli({QStringLiteral("verify"), first, QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 0);
    }

    void killedRestores()
    {
        Workspace ws(encryptedJob(), 40000);
        const QString id = ws.backup();
        const qint64 rows = sqliteScalar(ws.path(QStringLiteral("app.db")), QStringLiteral("SELECT count(*) FROM items"));
        QDir().mkpath(ws.path(QStringLiteral("restored")));
        const int window = timed(ws, {QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("restored/probe.db"))}) + 100;
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("restore trial %1").arg(i + 1);
            const QString target = ws.path(QStringLiteral("restored/r%1.db").arg(i));
            runAndKill(ws, {QStringLiteral("restore"), id, QStringLiteral("--to"), target}, window);
            // The target is there complete, or not at all: never a half-written database.
            if (QFile::exists(target)) {
                QCOMPARE(sqliteScalar(target, QStringLiteral("SELECT count(*) FROM items")), rows);
                QCOMPARE(run(QStringLiteral("sqlite3"), {target, QStringLiteral("PRAGMA integrity_check")}).out.trimmed(), QByteArray("ok"));
            }
            checkRepository(ws, QStringLiteral("app"), trial);
            const QString again = ws.path(QStringLiteral("restored/again%1.db").arg(i));
            const auto next = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), again});
            QVERIFY2(next.exitCode == 0, qPrintable(trial + QStringLiteral(": the next restore failed: ") + QString::fromUtf8(next.err)));
            QCOMPARE(sqliteScalar(again, QStringLiteral("SELECT count(*) FROM items")), rows);
            QVERIFY2(partialFiles(ws.path(QStringLiteral("restored"))).isEmpty(),
                     qPrintable(trial + QStringLiteral(": left behind: ") + partialFiles(ws.path(QStringLiteral("restored"))).join(QLatin1Char(' '))));
        }
    }

    void killedFolderRestores()
    {
        Workspace ws(encryptedJob() + QStringLiteral("[jobs.vol]\nkind = \"files\"\npath = \"tree\"\nrepository = \"main\"\n") + encryptedJob(), 0);
        // ~24 MB in 300 files: a restore takes long enough to be hit while unpacking.
        for (int i = 0; i < 300; ++i) {
            QByteArray data(80000, char('a' + i % 26));
            data.append(QByteArray::number(i));
            QDir().mkpath(ws.path(QStringLiteral("tree/d%1").arg(i % 10)));
            writeFile(ws.path(QStringLiteral("tree/d%1/f%2.bin").arg(i % 10).arg(i)), data);
        }
        const QMap<QString, QString> original = treeSnapshot(ws.path(QStringLiteral("tree")));
        const auto made = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString id = QJsonDocument::fromJson(made.out).object().value(QStringLiteral("id")).toString();
        QDir().mkpath(ws.path(QStringLiteral("restored")));
        const int window = timed(ws, {QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("restored/probe"))}) + 100;
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("folder restore trial %1").arg(i + 1);
            const QString target = ws.path(QStringLiteral("restored/r%1").arg(i));
            runAndKill(ws, {QStringLiteral("restore"), id, QStringLiteral("--to"), target}, window);
            // The folder is there complete, or not at all.
            if (QFileInfo::exists(target))
                QVERIFY2(treeSnapshot(target) == original, qPrintable(trial + QStringLiteral(": a half-restored folder is in place")));
            // The next restore beside it removes what the killed one left, and succeeds.
            const QString again = ws.path(QStringLiteral("restored/again%1").arg(i));
            const auto next = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), again});
            QVERIFY2(next.exitCode == 0, qPrintable(trial + QStringLiteral(": the next restore failed: ") + QString::fromUtf8(next.err)));
            QVERIFY(treeSnapshot(again) == original);
            QVERIFY2(partialFiles(ws.path(QStringLiteral("restored"))).isEmpty(),
                     qPrintable(trial + QStringLiteral(": left behind: ") + partialFiles(ws.path(QStringLiteral("restored"))).join(QLatin1Char(' '))));
        }
        // Killed while replacing the live folder: it holds the old tree or the backup, never a mix.
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("folder overwrite trial %1").arg(i + 1);
            writeFile(ws.path(QStringLiteral("tree/d0/f0.bin")), QByteArray("changed ") + QByteArray::number(i));
            const QMap<QString, QString> before = treeSnapshot(ws.path(QStringLiteral("tree")));
            QThread::msleep(1100); // the safety backup's id has second resolution
            runAndKill(ws, {QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("tree")), QStringLiteral("--overwrite")}, 2 * window);
            const QMap<QString, QString> now = treeSnapshot(ws.path(QStringLiteral("tree")));
            QVERIFY2(now == before || now == original, qPrintable(trial + QStringLiteral(": the live folder holds neither version")));
            checkRepository(ws, QStringLiteral("vol"), trial);
        }
        // A finished overwrite afterwards cleans up every leftover, beside the folder and in the repository.
        QThread::msleep(1100);
        const auto last = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("tree")), QStringLiteral("--overwrite")});
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QVERIFY(treeSnapshot(ws.path(QStringLiteral("tree"))) == original);
        QVERIFY2(partialFiles(ws.path()).isEmpty(), qPrintable(partialFiles(ws.path()).join(QLatin1Char(' '))));
    }

    void killedPrunes()
    {
        Workspace ws(QStringLiteral("retention = { last = 1 }\n"), 300);
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("prune trial %1").arg(i + 1);
            for (int b = 0; b < 3; ++b) {
                ws.backup();
                QThread::msleep(1050);
            }
            runAndKill(ws, {QStringLiteral("prune")}, 400);
            checkRepository(ws, QStringLiteral("app"), trial);
            const auto next = ws.cli({QStringLiteral("--json"), QStringLiteral("prune")});
            QVERIFY2(next.exitCode == 0, qPrintable(trial + QStringLiteral(": the next prune failed: ") + QString::fromUtf8(next.err)));
            const QJsonArray left = QJsonDocument::fromJson(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array();
            QCOMPARE(left.size(), 1);
            // The repository holds exactly what the catalog lists: one artifact and its sidecar.
            QCOMPARE(QDir(ws.backupsDir()).entryList(QDir::Files).size(), 2);
        }
    }

    void killedCatalogWrites()
    {
        Workspace ws({}, 200);
        for (int b = 0; b < 6; ++b) {
            ws.backup();
            QThread::msleep(1050);
        }
        const QByteArray before = ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out;
        const int window = timed(ws, {QStringLiteral("catalog"), QStringLiteral("rebuild")}) + 50;
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("catalog trial %1").arg(i + 1);
            // Alternately a rebuild (every backup row replaced in one transaction) and a verify
            // (a verification row written per backup).
            if (i % 2 == 0)
                runAndKill(ws, {QStringLiteral("catalog"), QStringLiteral("rebuild")}, window);
            else
                runAndKill(ws, {QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--level"), QStringLiteral("decode")}, window);
            checkRepository(ws, QStringLiteral("app"), trial);
            const auto next = ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")});
            QVERIFY2(next.exitCode == 0, qPrintable(trial + QStringLiteral(": the next rebuild failed: ") + QString::fromUtf8(next.err)));
            QCOMPARE(QJsonDocument::fromJson(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array().size(),
                     QJsonDocument::fromJson(before).array().size());
            QVERIFY(partialFiles(ws.path()).isEmpty());
        }
    }

    void killedWalPushes()
    {
        // Pushing reads no WAL records: random 16 MiB segments stand in for the server's (as in
        // TestWalPush); the server's retry of a failed archive_command is the "next run".
        Workspace ws({}, 0);
        writeFile(ws.config(), readFile(ws.config()) + "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"host=/nowhere\"\n"
                                                     "repository = \"main\"\ncompression = \"zstd:3\"\nencryption = \"openpgp\"\n"
                                                     "recipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\n");
        const QString walDir = ws.path(QStringLiteral("pg_wal"));
        QDir().mkpath(walDir + QStringLiteral("/archive_status"));
        int window = 0;
        for (int i = 0; i < m_trials; ++i) {
            const QString trial = QStringLiteral("wal-push trial %1").arg(i + 1);
            const QString name = QStringLiteral("0000000100000000000000%1").arg(i + 1, 2, 16, QLatin1Char('0')).toUpper();
            QByteArray data(16 * 1024 * 1024, Qt::Uninitialized);
            m_random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
            writeFile(walDir + QLatin1Char('/') + name, data);
            writeFile(walDir + QStringLiteral("/archive_status/") + name + QStringLiteral(".ready"), {});
            if (window == 0) {
                window = timed(ws, {QStringLiteral("wal-push"), QStringLiteral("pg"), walDir + QLatin1Char('/') + name}) + 50;
                continue;
            }
            runAndKill(ws, {QStringLiteral("wal-push"), QStringLiteral("pg"), walDir + QLatin1Char('/') + name}, window);
            // Archived completely or not at all: wal-fetch gives the exact bytes or "not archived" (exit 1).
            const QString fetched = ws.path(QStringLiteral("fetched"));
            QFile::remove(fetched);
            const auto f = ws.cli({QStringLiteral("wal-fetch"), QStringLiteral("pg"), name, fetched});
            QVERIFY2(f.exitCode == 0 || f.exitCode == 1, qPrintable(trial + QStringLiteral(": wal-fetch: ") + QString::fromUtf8(f.err)));
            if (f.exitCode == 0)
                QVERIFY2(readFile(fetched) == data, qPrintable(trial + QStringLiteral(": fetched bytes differ")));
            // The server retries: that call succeeds and leaves nothing behind.
            const auto retry = ws.cli({QStringLiteral("wal-push"), QStringLiteral("pg"), walDir + QLatin1Char('/') + name});
            QVERIFY2(retry.exitCode == 0, qPrintable(trial + QStringLiteral(": the retried push failed: ") + QString::fromUtf8(retry.err)));
            QFile::remove(fetched);
            QCOMPARE(ws.cli({QStringLiteral("wal-fetch"), QStringLiteral("pg"), name, fetched}).exitCode, 0);
            QVERIFY2(readFile(fetched) == data, qPrintable(trial + QStringLiteral(": fetched bytes differ after the retry")));
            QVERIFY2(partialFiles(ws.path(QStringLiteral("repo"))).isEmpty(),
                     qPrintable(trial + QStringLiteral(": left behind: ") + partialFiles(ws.path(QStringLiteral("repo"))).join(QLatin1Char(' '))));
            QFile::remove(walDir + QLatin1Char('/') + name); // as the server recycles it
        }
    }

    void cleanupTestCase()
    {
        // The count the README quotes: how many kills, how many of them hit a running process.
        qInfo("crash suite: %d kills, %d while the process ran, 0 backups lost, every listed backup verified", m_total, m_killedMidway);
    }
};

QTEST_GUILESS_MAIN(TestCrashSuite)
#include "TestCrashSuite.moc"
