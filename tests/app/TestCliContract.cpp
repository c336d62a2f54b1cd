// The headless contract of shared/CLI.md, driven through the real lifeboat-cli binary.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace lifeboat::test;

namespace {
const QString kPassphrase = QStringLiteral("s3cret-Passphrase-for-tests");

QJsonObject json(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList files(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

void corruptByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    f.putChar(char(c ^ 0x40));
}
} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT

    QString artifactPath(const Workspace &ws, const QString &id)
    {
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("show"), id});
        return ws.backupsDir() + QLatin1Char('/') + json(r).value(QStringLiteral("artifact")).toString();
    }

private slots:
    void backupPrintsTheSidecarFieldsOfTheContract()
    {
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\n"
                                    "secret_keys = [\"keys/sec.asc\"]\nverify = \"format\"\n"));
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app"), QStringLiteral("--label"),
                               QStringLiteral("before upgrade")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject meta = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // stdout is exactly one JSON document
        for (const char *key : {"format", "id", "job", "kind", "artifact", "started_at", "finished_at", "duration_seconds",
                                "size_bytes", "source_bytes", "sha256", "content_sha256", "compression", "encryption", "status",
                                "label", "keep_forever", "source", "verification", "lifeboat_version"})
            QVERIFY2(meta.contains(QLatin1String(key)), key);
        QCOMPARE(meta.value(QStringLiteral("format")).toString(), QStringLiteral("lifeboat-backup/1"));
        QCOMPARE(meta.value(QStringLiteral("kind")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(meta.value(QStringLiteral("label")).toString(), QStringLiteral("before upgrade"));
        QVERIFY(meta.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("app-db-backup-")));
        QVERIFY(meta.value(QStringLiteral("artifact")).toString().endsWith(QStringLiteral(".sqlite.zst.gpg")));
        QVERIFY(meta.value(QStringLiteral("started_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(meta.value(QStringLiteral("source")).toObject().value(QStringLiteral("tables")).toObject().value(QStringLiteral("items")).toInt(), 500);
        QCOMPARE(meta.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        QCOMPARE(meta.value(QStringLiteral("verification")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("format"));
        // The sidecar on disk says the same.
        const QJsonObject sidecar = QJsonDocument::fromJson(readFile(ws.backupsDir() + QLatin1Char('/')
                                                                     + meta.value(QStringLiteral("artifact")).toString()
                                                                     + QStringLiteral(".meta.json"))).object();
        QCOMPARE(sidecar.value(QStringLiteral("sha256")), meta.value(QStringLiteral("sha256")));
    }

    void listShowsNewestFirst()
    {
        Workspace ws;
        const QString first = ws.backup();
        QThread::sleep(1); // ids have one-second resolution
        const QString second = ws.backup();
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), second);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("id")).toString(), first);
        const auto human = ws.cli({QStringLiteral("list")});
        QVERIFY(human.out.contains(first.toUtf8()));
    }

    void restoreCreatesANewFileByDefault()
    {
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\npassphrase_file = \"pass\"\n"));
        writeSecretFile(ws.path(QStringLiteral("pass")), kPassphrase.toUtf8() + '\n');
        const QString id = ws.backup();
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("restore"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString target = json(r).value(QStringLiteral("target")).toString();
        QVERIFY(target.startsWith(ws.path(QStringLiteral("app_restored_"))));
        QCOMPARE(sqliteScalar(target, QStringLiteral("SELECT count(*) FROM items")), 500);
        QCOMPARE(run(QStringLiteral("sqlite3"), {target, QStringLiteral("PRAGMA integrity_check")}).out.trimmed(), QByteArray("ok"));
        QVERIFY(!QFile::exists(target + QStringLiteral(".lifeboat.partial")));
    }

    void overwriteTakesASafetyBackupFirst()
    {
        Workspace ws;
        const QString id = ws.backup();
        run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("app.db")), QStringLiteral("DELETE FROM items WHERE id > 100")});
        QThread::sleep(1);
        const auto refused = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("app.db"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.firstErrorLine().contains(QStringLiteral("--overwrite")));
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("restore"), id, QStringLiteral("--to"),
                               ws.path(QStringLiteral("app.db")), QStringLiteral("--overwrite")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sqliteScalar(ws.path(QStringLiteral("app.db")), QStringLiteral("SELECT count(*) FROM items")), 500);
        const QString safety = json(r).value(QStringLiteral("safety_backup")).toString();
        QVERIFY(!safety.isEmpty());
        const auto shown = ws.cli({QStringLiteral("--json"), QStringLiteral("show"), safety});
        QCOMPARE(json(shown).value(QStringLiteral("source")).toObject().value(QStringLiteral("tables")).toObject()
                     .value(QStringLiteral("items")).toInt(), 100);
        QVERIFY(json(shown).value(QStringLiteral("label")).toString().contains(id));
    }

    void dryRunChangesNothing()
    {
        Workspace ws;
        const QString id = ws.backup();
        const QStringList before = files(ws.path());
        const auto r = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("dry run"));
        QCOMPARE(files(ws.path()), before);
    }

    void corruptArtifactFailsVerifyAndRestoreCreatesNothing_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("a flipped byte") << false;
        QTest::newRow("a truncated file") << true;
    }

    void corruptArtifactFailsVerifyAndRestoreCreatesNothing()
    {
        QFETCH(bool, truncate);
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\npassphrase_file = \"pass\"\n"));
        writeSecretFile(ws.path(QStringLiteral("pass")), kPassphrase.toUtf8());
        const QString id = ws.backup();
        const QString artifact = artifactPath(ws, id);
        if (truncate)
            QVERIFY(QFile::resize(artifact, QFile(artifact).size() / 2));
        else
            corruptByte(artifact, QFile(artifact).size() / 2);
        for (const char *level : {"checksum", "decode", "format"}) {
            const auto v = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QLatin1String(level)});
            QCOMPARE(v.exitCode, 3);
            QVERIFY2(v.firstErrorLine().contains(QFileInfo(artifact).fileName()), v.err.constData());
        }
        const auto all = ws.cli({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("--all")});
        QCOMPARE(all.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(all.out).array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        const QStringList before = files(ws.path());
        const auto r = ws.cli({QStringLiteral("restore"), id});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(files(ws.path()), before);
    }

    void wrongPassphraseLeavesTheTargetUntouched()
    {
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\npassphrase_file = \"pass\"\n"));
        writeSecretFile(ws.path(QStringLiteral("pass")), kPassphrase.toUtf8());
        const QString id = ws.backup();
        writeSecretFile(ws.path(QStringLiteral("pass")), "a different passphrase");
        const QByteArray before = readFile(ws.path(QStringLiteral("app.db")));
        const auto r = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("app.db")),
                               QStringLiteral("--overwrite")});
        QCOMPARE(r.exitCode, 1);
        const QStringList errors = QString::fromUtf8(r.err).split(QLatin1Char('\n')).filter(QStringLiteral("error:"));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("wrong passphrase")), r.err.constData());
        // librnp's own diagnostics ("[init_encrypted_src() ...]") do not reach the user.
        for (const QString &line : QString::fromUtf8(r.err).split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1Char('[')), qPrintable(line));
        QVERIFY(readFile(ws.path(QStringLiteral("app.db"))) == before);
        QVERIFY(!QFile::exists(ws.path(QStringLiteral("app.db.lifeboat.partial"))));
    }

    void secretsStayOutOfSidecarsCatalogAndOutput()
    {
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\npassphrase_file = \"pass\"\n"));
        writeSecretFile(ws.path(QStringLiteral("pass")), kPassphrase.toUtf8());
        const auto b = ws.cli({QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(b.exitCode, 0);
        writeSecretFile(ws.path(QStringLiteral("pass")), "wrong one");
        const auto v = ws.cli({QStringLiteral("--verbose"), QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--level"),
                               QStringLiteral("decode")});
        QCOMPARE(v.exitCode, 3);
        const QByteArray secret = kPassphrase.toUtf8();
        QVERIFY(!b.out.contains(secret) && !b.err.contains(secret) && !v.err.contains(secret) && !v.out.contains(secret));
        QVERIFY(!v.err.contains("wrong one"));
        for (const QString &f : files(ws.backupsDir()))
            QVERIFY(!readFile(ws.backupsDir() + QLatin1Char('/') + f).contains(secret));
        QVERIFY(!readFile(ws.path(QStringLiteral("catalog.db"))).contains(secret));
    }

    void configErrorsExit2WithFileAndLine()
    {
        Workspace ws(QStringLiteral("compresion = \"zstd\"\n"));
        const auto r = ws.cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("lifeboat.toml:11: jobs.app.compresion: unknown key")), r.err.constData());
        const auto unknownJob = Workspace().cli({QStringLiteral("backup"), QStringLiteral("nope")});
        QCOMPARE(unknownJob.exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void heldLockExits4()
    {
        Workspace ws;
        QDir().mkpath(ws.path(QStringLiteral("repo/app")));
        const int fd = ::open(QFile::encodeName(ws.path(QStringLiteral("repo/app/lock"))).constData(), O_RDWR | O_CREAT, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        const auto r = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
        ::close(fd);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.firstErrorLine().contains(QStringLiteral("busy")));
    }

    void runScheduleRunsWhatIsDueOnceAndExits4WhenBusy()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        // Another run holds the job: the scheduler says so and exits 4; the job stays due.
        QDir().mkpath(ws.path(QStringLiteral("repo/app")));
        const int fd = ::open(QFile::encodeName(ws.path(QStringLiteral("repo/app/lock"))).constData(), O_RDWR | O_CREAT, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        const auto busy = ws.cli({QStringLiteral("--run-schedule")});
        ::close(fd);
        QCOMPARE(busy.exitCode, 4);
        QVERIFY2(busy.firstErrorLine().contains(QLatin1String("backup app: busy")), busy.err.constData());

        const auto first = ws.cli({QStringLiteral("--json"), QStringLiteral("--run-schedule")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonArray runs = json(first).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(runs.first().toObject().value(QStringLiteral("trigger")).toString(), QStringLiteral("first"));
        QVERIFY(json(first).value(QStringLiteral("next_run")).toString().endsWith(QLatin1String("T02:00:00Z")));
        const auto again = ws.cli({QStringLiteral("--run-schedule")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing is due; next scheduled run at"), again.out.constData());
        QCOMPARE(files(ws.backupsDir()).filter(QStringLiteral(".meta.json")).size(), 1);
    }

    void runScheduleRejectsABadCronExpressionWithItsLine()
    {
        Workspace ws(QStringLiteral("schedule = \"0 25 * * *\"\n"));
        const auto r = ws.cli({QStringLiteral("--run-schedule")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("lifeboat.toml:11: jobs.app.schedule: hour 25 is out of range 0-23")), r.err.constData());
    }

    // The daemon runs what is due, re-reads the config on SIGHUP (a new job, never run, is due
    // at once) and exits 0 on SIGTERM.
    void runScheduleDaemonReloadsOnHupAndStopsOnTerm()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        QProcess daemon;
        daemon.start(cliPath(), ws.cliArgs({QStringLiteral("--run-schedule"), QStringLiteral("--daemon")}));
        QVERIFY(daemon.waitForStarted());
        auto backups = [&](const QString &job) {
            return QDir(ws.path(QStringLiteral("repo/%1/backups").arg(job))).entryList({QStringLiteral("*.meta.json")}, QDir::Files).size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(backups(QStringLiteral("app")), 1, 20000);
        makeSqliteDb(ws.path(QStringLiteral("second.db")), 50);
        QByteArray text = readFile(ws.config());
        text += "[jobs.second]\nkind = \"sqlite\"\npath = \"second.db\"\nrepository = \"main\"\nschedule = \"@weekly\"\n";
        writeFile(ws.config(), text);
        ::kill(pid_t(daemon.processId()), SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(backups(QStringLiteral("second")), 1, 20000);
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        const QByteArray out = daemon.readAllStandardOutput();
        QVERIFY2(out.contains("backup app: ok") && out.contains("backup second: ok"), out.constData());
        QVERIFY(daemon.readAllStandardError().contains("config reloaded"));
    }

    void metricsGoToStdoutOrAnAtomicTextfile()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        QCOMPARE(ws.cli({QStringLiteral("--run-schedule")}).exitCode, 0);
        const auto out = ws.cli({QStringLiteral("metrics")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY(out.out.contains("# TYPE lifeboat_backup_last_success_timestamp_seconds gauge\nlifeboat_backup_last_success_timestamp_seconds{job=\"app\"} "));
        QVERIFY(out.out.contains("lifeboat_runs_total{job=\"app\",task=\"backup\",status=\"ok\"} 1\n"));
        const QString prom = ws.path(QStringLiteral("textfile/lifeboat.prom"));
        QDir().mkpath(ws.path(QStringLiteral("textfile")));
        const auto file = ws.cli({QStringLiteral("metrics"), QStringLiteral("--textfile"), prom});
        QVERIFY2(file.exitCode == 0, file.err.constData());
        QVERIFY(file.out.isEmpty());
        QCOMPARE(readFile(prom).left(20), out.out.left(20));
        QCOMPARE(files(ws.path(QStringLiteral("textfile"))), QStringList{QStringLiteral("lifeboat.prom")}); // no temporary left behind
        const auto missing = ws.cli({QStringLiteral("metrics"), QStringLiteral("--textfile"), ws.path(QStringLiteral("no/such/dir/x.prom"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.firstErrorLine().contains(QLatin1String("no/such/dir")), qPrintable(missing.firstErrorLine()));
    }

    // The daemon serves /metrics on loopback while it runs; other paths are 404.
    void runScheduleDaemonServesMetrics()
    {
        Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        const int port = 20000 + int(::getpid() % 20000);
        QProcess daemon;
        daemon.start(cliPath(), ws.cliArgs({QStringLiteral("--run-schedule"), QStringLiteral("--daemon"), QStringLiteral("--metrics-listen"),
                                            QStringLiteral(":%1").arg(port)}));
        QVERIFY(daemon.waitForStarted());
        auto get = [port](const QByteArray &path) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (!socket.waitForConnected(2000))
                return QByteArray();
            socket.write("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n");
            QByteArray reply;
            while (socket.waitForReadyRead(5000))
                reply += socket.readAll();
            return reply + socket.readAll();
        };
        QTRY_VERIFY_WITH_TIMEOUT(get("/metrics").contains("lifeboat_backup_last_success_timestamp_seconds{job=\"app\"}"), 20000);
        const QByteArray reply = get("/metrics");
        QVERIFY2(reply.startsWith("HTTP/1.0 200 OK\r\n"), reply.left(200).constData());
        QVERIFY(reply.contains("Content-Type: text/plain; version=0.0.4"));
        QVERIFY(get("/").startsWith("HTTP/1.0 404"));
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitCode(), 0);

        // Without --daemon there is nothing to scrape: refused, with the alternative.
        const auto once = ws.cli({QStringLiteral("--run-schedule"), QStringLiteral("--metrics-listen"), QStringLiteral(":%1").arg(port)});
        QCOMPARE(once.exitCode, 2);
        QVERIFY2(once.firstErrorLine().contains(QLatin1String("metrics --textfile")), qPrintable(once.firstErrorLine()));
    }

    void fullRepositoryDiskFailsCleanly()
    {
        // A real full disk: the repository lives on a 2 MiB tmpfs (needs root, as CI has).
        Workspace ws({}, 60000); // ~7 MB database, ~3.5 MB compressed: more than the disk holds
        QDir().mkpath(ws.path(QStringLiteral("repo")));
        const auto mount = run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                         QStringLiteral("size=2m,mode=0700"), QStringLiteral("tmpfs"), ws.path(QStringLiteral("repo"))});
        if (mount.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1); the pipeline's full-disk path is covered by "
                                            "TestStreamChain::fullDiskStopsTheStream").arg(QString::fromUtf8(mount.err.trimmed()))));
        struct Unmount
        {
            QString path;
            ~Unmount() { run(QStringLiteral("umount"), {path}); }
        } unmount{ws.path(QStringLiteral("repo"))};
        // Small enough to fit: the first backup succeeds and must survive the failed one.
        writeFile(ws.config(), readFile(ws.config()).replace("[jobs.app]", "[jobs.small]\nkind = \"sqlite\"\npath = \"small.db\"\nrepository = \"main\"\n[jobs.app]"));
        makeSqliteDb(ws.path(QStringLiteral("small.db")), 100);
        QCOMPARE(ws.cli({QStringLiteral("backup"), QStringLiteral("small")}).exitCode, 0);
        const auto r = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("disk full")), r.err.constData());
        QVERIFY(r.firstErrorLine().contains(QStringLiteral("free space or choose another repository")));
        QVERIFY(QDir(ws.backupsDir()).entryList(QDir::Files).isEmpty()); // no partial file left
        QCOMPARE(ws.cli({QStringLiteral("verify"), QStringLiteral("--job"), QStringLiteral("small"), QStringLiteral("--level"),
                         QStringLiteral("format")}).exitCode, 0);
    }

    void checkSaysWhatIsReadyAndHowToFixTheRest()
    {
        Workspace ws({}, 50);
        auto r = ws.cli({QStringLiteral("check"), QStringLiteral("app")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.contains("OK   source: SQLite database"));
        QVERIFY(r.out.contains("OK   repository: "));
        QVERIFY(QDir(ws.backupsDir()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // the probe is gone

        // The repository under a plain file cannot be created; the database is gone.
        writeFile(ws.path(QStringLiteral("blocker")), "not a folder");
        writeFile(ws.config(), readFile(ws.config()).replace("path = \"repo\"", "path = \"blocker/repo\""));
        QFile::remove(ws.path(QStringLiteral("app.db")));
        r = ws.cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &line : report.value(QStringLiteral("checks")).toArray())
            byName.insert(line.toObject().value(QStringLiteral("check")).toString(), line.toObject());
        QCOMPARE(byName.value(QStringLiteral("source")).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(byName.value(QStringLiteral("source")).value(QStringLiteral("detail")).toString().contains(ws.path(QStringLiteral("app.db"))));
        QCOMPARE(byName.value(QStringLiteral("repository")).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!byName.value(QStringLiteral("repository")).value(QStringLiteral("fix")).toString().isEmpty());
        QCOMPARE(ws.cli({QStringLiteral("check"), QStringLiteral("nosuchjob")}).exitCode, 2);
    }

    void missingDatabaseIsNamed()
    {
        Workspace ws({}, 0);
        const auto r = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.firstErrorLine().contains(ws.path(QStringLiteral("app.db"))));
    }

    void killedBackupIsNeverListedAndIsCleanedUp()
    {
        Workspace ws(QStringLiteral("compression = \"zstd:12\"\nparallel = 1\n"), 2000);
        const QString good = ws.backup();
        // A database large enough that zstd:12 takes a few seconds: time to kill it mid-stream.
        run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("app.db")),
                                        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 50000)"
                                                       " INSERT INTO items SELECT 100000 + i, hex(randomblob(300)) FROM n")});
        QThread::sleep(1);
        QProcess backup;
        backup.start(cliPath(), ws.cliArgs({QStringLiteral("backup"), QStringLiteral("app")}));
        QVERIFY(backup.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (files(ws.backupsDir()).filter(QStringLiteral(".partial")).isEmpty() && timer.elapsed() < 30000)
            QThread::msleep(5);
        QVERIFY2(!files(ws.backupsDir()).filter(QStringLiteral(".partial")).isEmpty(), "the backup never started writing");
        ::kill(pid_t(backup.processId()), SIGKILL);
        backup.waitForFinished();

        const auto list = ws.cli({QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        QCOMPARE(ws.cli({QStringLiteral("verify"), good, QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 0);
        // A rebuilt catalog does not see the half backup either.
        QCOMPARE(ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array().size(), 1);

        // The next run removes what the killed one left and succeeds.
        const auto next = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.err.contains("aborted run"), next.err.constData());
        QVERIFY2(files(ws.backupsDir()).filter(QStringLiteral(".partial")).isEmpty(), qPrintable(files(ws.backupsDir()).join(QLatin1Char(' '))));
        QCOMPARE(files(ws.backupsDir()).size(), 4); // two artifacts, two sidecars
    }

    void catalogRebuildEqualsTheCatalogItReplaces()
    {
        Workspace ws(QStringLiteral("verify = \"decode\"\n"));
        ws.backup();
        QThread::sleep(1);
        ws.cli({QStringLiteral("backup"), QStringLiteral("app"), QStringLiteral("--keep-forever"), QStringLiteral("--label"), QStringLiteral("pinned")});
        const QByteArray before = ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out;
        QVERIFY(QFile::remove(ws.path(QStringLiteral("catalog.db"))));
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("backups")).toInt(), 2);
        const QByteArray after = ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out;
        QCOMPARE(QJsonDocument::fromJson(after), QJsonDocument::fromJson(before));
    }

    void damagedCatalogIsSetAsideByRebuild()
    {
        Workspace ws;
        ws.backup();
        writeFile(ws.path(QStringLiteral("catalog.db")), QByteArray(4096, 'z'));
        QCOMPARE(ws.cli({QStringLiteral("list")}).exitCode, 1);
        const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(json(r).value(QStringLiteral("damaged_catalog_moved_to")).toString().startsWith(ws.path(QStringLiteral("catalog.db.damaged-"))));
        QCOMPARE(QJsonDocument::fromJson(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array().size(), 1);
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"backup", "list", "show", "verify", "restore", "catalog", "demo"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const auto r = runCli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: lifeboat-cli [options] " + command.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "TestCliContract.moc"
