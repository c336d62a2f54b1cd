// Point-in-time recovery end to end against a real PostgreSQL 15 whose archive_command is
// lifeboat-cli wal-push: marker rows committed at known times, xids, LSNs and a restore point
// around a base backup; every kind of target recovered into a fresh folder and started; exactly
// the markers up to the target must be there. Everything Lifeboat runs here runs as the
// postgres user, as it does on a database host (the server runs archive_command as that user).
#include "PgServer.h"
#include "wal/WalPushHelper.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

QString chownPostgres(const QString &path)
{
    run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), path});
    return path;
}

} // namespace

class TestPointInTimeRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/lifeboat-pitr-XXXXXX")};
    std::unique_ptr<PgServer> m_pg;
    QString m_cli;
    int m_nextPort = 5701;
    struct Marker
    {
        int id = 0;
        QString xid;
        QString afterCommit; // a time after its commit and before the next one's
        QString lsnAfter;    // WAL position after its commit
    };
    QMap<int, Marker> m_markers;
    QStringList m_started; // data folders of servers to stop at the end

    QString path(const QString &relative) const { return m_work.filePath(relative); }

    ProcessResult lifeboat(const QStringList &args) const
    {
        return run(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), m_cli,
                                                          QStringLiteral("--config"), path(QStringLiteral("lifeboat.toml"))}
                                                  + args);
    }

    QString sql(const QString &statement) const { return m_pg->scalar(QStringLiteral("postgres"), statement); }

    Marker commitMarker(int id)
    {
        Marker m;
        m.id = id;
        m.xid = sql(QStringLiteral("BEGIN; INSERT INTO markers(id) VALUES (%1); SELECT txid_current(); COMMIT;").arg(id));
        const QStringList after = sql(QStringLiteral("SELECT clock_timestamp() AT TIME ZONE 'UTC', pg_current_wal_insert_lsn()")).split(QLatin1Char('|'));
        m.afterCommit = after.value(0).replace(QLatin1Char(' '), QLatin1Char('T')) + QLatin1Char('Z');
        m.lsnAfter = after.value(1);
        m_markers.insert(id, m);
        QThread::msleep(200); // the next commit is clearly later
        return m;
    }

    void waitArchived()
    {
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        for (int i = 0; i < 200; ++i) {
            if (sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) == QLatin1String("t"))
                return;
            QThread::msleep(100);
        }
        QFAIL(qPrintable(QStringLiteral("segment %1 was not archived: %2").arg(segment, sql(QStringLiteral("SELECT * FROM pg_stat_archiver")))));
    }

    // Recovers into a new folder; returns the ids of the markers the recovered server has.
    QList<int> recover(const QStringList &target, QJsonObject *out = nullptr, QString *error = nullptr, int *exitCode = nullptr)
    {
        const QString dir = path(QStringLiteral("recovered-%1").arg(m_nextPort));
        const int port = m_nextPort++;
        const auto r = lifeboat(QStringList{QStringLiteral("--json"), QStringLiteral("pitr"), QStringLiteral("pg"), QStringLiteral("--pgdata"), dir}
                                + target + QStringList{QStringLiteral("--start"), QStringLiteral("--port"), QString::number(port)});
        if (exitCode)
            *exitCode = r.exitCode;
        if (error)
            *error = r.firstErrorLine();
        if (QFile::exists(dir + QStringLiteral("/postmaster.pid")))
            m_started.append(dir);
        if (r.exitCode != 0)
            return {-1};
        if (out)
            *out = QJsonDocument::fromJson(r.out).object();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const auto rows = run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                              {QStringLiteral("-XqAt"), QStringLiteral("-h"), dir, QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
                               QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                               QStringLiteral("SELECT id FROM markers ORDER BY id")},
                              {}, env);
        QList<int> ids;
        for (const QByteArray &line : rows.out.split('\n'))
            if (!line.trimmed().isEmpty())
                ids.append(line.trimmed().toInt());
        return ids;
    }

    static QList<int> range(int from, int to)
    {
        QList<int> out;
        for (int i = from; i <= to; ++i)
            out.append(i);
        return out;
    }

    void stopServer(const QString &dir)
    {
        run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                        QStringLiteral("-D"), dir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // A copy the postgres user can run whatever the permissions on the build tree.
        m_cli = copyCliInto(m_work.path());
        QVERIFY(!m_cli.isEmpty());
        writeSecretFile(path(QStringLiteral("pg.pass")), PgServer::password() + '\n');
        QFile::copy(demoKey("demo-backup-key.pub.asc"), path(QStringLiteral("backup-key.pub.asc")));
        QFile::copy(demoKey("demo-backup-key.sec.asc"), path(QStringLiteral("backup-key.sec.asc")));
        const QString archive = QStringLiteral("archive_mode = on\narchive_command = '%1 --config %2 wal-push pg %p'\nwal_level = replica\n")
                                    .arg(m_cli, path(QStringLiteral("lifeboat.toml")));
        m_pg = std::make_unique<PgServer>(archive);
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        writeFile(path(QStringLiteral("lifeboat.toml")),
                  QStringLiteral("[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                 "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"%3\"\npassword_file = \"%4\"\nrepository = \"local\"\n"
                                 "compression = \"zstd:1\"\nencryption = \"openpgp\"\nrecipients = [\"%5\"]\nsecret_keys = [\"%6\"]\n")
                      .arg(path(QStringLiteral("catalog.db")), path(QStringLiteral("repo")), m_pg->conninfo(), path(QStringLiteral("pg.pass")),
                           path(QStringLiteral("backup-key.pub.asc")), path(QStringLiteral("backup-key.sec.asc")))
                      .toUtf8());
        chownPostgres(m_work.path());

        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE markers(id int PRIMARY KEY, at timestamptz DEFAULT clock_timestamp())")).exitCode, 0);
        commitMarker(1);
        const auto backup = lifeboat({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("pg")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QJsonObject meta = QJsonDocument::fromJson(backup.out).object();
        QCOMPARE(meta.value(QStringLiteral("kind")).toString(), QStringLiteral("postgresql-base"));
        const QJsonObject pitr = meta.value(QStringLiteral("pitr")).toObject();
        QCOMPARE(pitr.value(QStringLiteral("timeline")).toInt(), 1);
        for (const char *key : {"start_lsn", "stop_lsn", "start_wal", "stop_wal"})
            QVERIFY2(!pitr.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(meta.value(QStringLiteral("artifact")).toString().endsWith(QLatin1String(".tar.zst.gpg")));

        for (int id = 2; id <= 5; ++id)
            commitMarker(id);
        QVERIFY(!sql(QStringLiteral("SELECT pg_create_restore_point('before-6')")).isEmpty());
        QThread::msleep(200);
        waitArchived(); // markers 2-5 in one segment, 6-9 in the next
        for (int id = 6; id <= 9; ++id)
            commitMarker(id);
        waitArchived();
    }

    void cleanupTestCase()
    {
        for (const QString &dir : std::as_const(m_started))
            stopServer(dir);
        m_pg.reset();
    }

    void walFilesAreArchivedEncryptedWithTheirHashInTheName()
    {
        const QStringList files = QDir(path(QStringLiteral("repo/pg/wal/00000001"))).entryList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &f : files) {
            QVERIFY2(f.contains(QLatin1Char('-')) && f.endsWith(QLatin1String(".zst.gpg")), qPrintable(f));
            QVERIFY(!f.endsWith(QLatin1String(".partial")));
        }
        QCOMPARE(sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")), QStringLiteral("0"));
    }

    void walPushIsIdempotentAndRefusesDifferentContent()
    {
        // The segment the server archived last, pushed again by hand: same content, success.
        const QString last = sql(QStringLiteral("SELECT last_archived_wal FROM pg_stat_archiver"));
        const QString copy = path(QStringLiteral("scratch/") + last);
        QDir().mkpath(path(QStringLiteral("scratch")));
        QVERIFY(QFile::copy(m_pg->dataDir() + QStringLiteral("/pg_wal/") + last, copy));
        chownPostgres(path(QStringLiteral("scratch")));
        auto again = lifeboat({QStringLiteral("--json"), QStringLiteral("wal-push"), QStringLiteral("pg"), copy});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("already_archived")).toBool(), true);
        // Different content under the same name: a loud failure, and the archived file stays.
        const QStringList before = QDir(path(QStringLiteral("repo/pg/wal/00000001"))).entryList(QDir::Files);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write("tampered");
        f.close();
        auto different = lifeboat({QStringLiteral("wal-push"), QStringLiteral("pg"), copy});
        QCOMPARE(different.exitCode, 1);
        QVERIFY2(different.firstErrorLine().contains(QLatin1String("already archived with different contents")), qPrintable(different.firstErrorLine()));
        QCOMPARE(QDir(path(QStringLiteral("repo/pg/wal/00000001"))).entryList(QDir::Files), before);
    }

    void walFetchDecodesOrSaysNotFound()
    {
        const QString last = sql(QStringLiteral("SELECT last_archived_wal FROM pg_stat_archiver"));
        const QString dest = path(QStringLiteral("scratch/fetched"));
        auto fetched = lifeboat({QStringLiteral("wal-fetch"), QStringLiteral("pg"), last, dest});
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        QCOMPARE(readFile(dest), readFile(m_pg->dataDir() + QStringLiteral("/pg_wal/") + last));
        auto missing = lifeboat({QStringLiteral("wal-fetch"), QStringLiteral("pg"), QStringLiteral("0000000100000000000000FE"), dest + QStringLiteral("2")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.isEmpty()); // the normal end of the archive is not an error to shout about
        QVERIFY(!QFile::exists(dest + QStringLiteral("2")));
    }

    // A base backup checks at every level without touching disk; restore points the user to pitr.
    void baseBackupVerifiesAndPointsRestoreToPitr()
    {
        auto list = lifeboat({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--job"), QStringLiteral("pg")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QString id = QJsonDocument::fromJson(list.out).array().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        for (const char *level : {"checksum", "decode", "format", "restore"}) {
            auto v = lifeboat({QStringLiteral("verify"), id, QStringLiteral("--level"), QLatin1String(level)});
            QVERIFY2(v.exitCode == 0, v.err.constData());
        }
        // A cluster's test restore is a drill: verify records what it really checked.
        auto asRestore = lifeboat({QStringLiteral("--json"), QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("restore")});
        QVERIFY2(asRestore.exitCode == 0, asRestore.err.constData());
        QCOMPARE(QJsonDocument::fromJson(asRestore.out).array().first().toObject().value(QStringLiteral("level")).toString(), QStringLiteral("format"));
        auto restore = lifeboat({QStringLiteral("restore"), id});
        QCOMPARE(restore.exitCode, 2);
        QVERIFY2(restore.firstErrorLine().contains(QLatin1String("pitr pg --pgdata")), qPrintable(restore.firstErrorLine()));
    }

    void recoveryWindowSpansBackupToLastCommit()
    {
        auto r = lifeboat({QStringLiteral("--json"), QStringLiteral("recovery-window"), QStringLiteral("pg")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray timelines = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("timelines")).toArray();
        QCOMPARE(timelines.size(), 1);
        const QJsonObject t = timelines.first().toObject();
        QVERIFY(t.value(QStringLiteral("latest_exact")).toBool());
        QVERIFY(t.value(QStringLiteral("gaps")).toArray().isEmpty());
        const QDateTime latest = QDateTime::fromString(t.value(QStringLiteral("latest")).toString(), Qt::ISODateWithMs);
        const QDateTime afterNine = QDateTime::fromString(m_markers.value(9).afterCommit, Qt::ISODateWithMs);
        const QDateTime afterEight = QDateTime::fromString(m_markers.value(8).afterCommit, Qt::ISODateWithMs);
        QVERIFY2(latest > afterEight && latest <= afterNine, qPrintable(t.value(QStringLiteral("latest")).toString()));
    }

    void recoversExactlyToTheTarget_data()
    {
        QTest::addColumn<QStringList>("target");
        QTest::addColumn<int>("lastMarker");
        QTest::newRow("time after marker 4") << QStringList{QStringLiteral("--time"), m_markers.value(4).afterCommit} << 4;
        QTest::newRow("time after marker 7") << QStringList{QStringLiteral("--time"), m_markers.value(7).afterCommit} << 7;
        QTest::newRow("xid of marker 3") << QStringList{QStringLiteral("--xid"), m_markers.value(3).xid} << 3;
        QTest::newRow("xid of marker 3, exclusive") << QStringList{QStringLiteral("--xid"), m_markers.value(3).xid, QStringLiteral("--exclusive")} << 2;
        QTest::newRow("lsn after marker 6") << QStringList{QStringLiteral("--lsn"), m_markers.value(6).lsnAfter} << 6;
        QTest::newRow("restore point") << QStringList{QStringLiteral("--name"), QStringLiteral("before-6")} << 5;
        QTest::newRow("immediate") << QStringList{QStringLiteral("--immediate")} << 1;
        QTest::newRow("latest") << QStringList{QStringLiteral("--latest")} << 9;
    }

    void recoversExactlyToTheTarget()
    {
        QFETCH(QStringList, target);
        QFETCH(int, lastMarker);
        QJsonObject result;
        QString error;
        const QList<int> ids = recover(target, &result, &error);
        QVERIFY2(ids != QList<int>{-1}, qPrintable(error));
        QCOMPARE(ids, range(1, lastMarker));
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("promoted"));
        QVERIFY(!result.value(QStringLiteral("reached_lsn")).toString().isEmpty());
    }

    void refusesTargetsOutsideTheWindowBeforeTouchingAnything_data()
    {
        QTest::addColumn<QStringList>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("before the base backup") << QStringList{QStringLiteral("--time"), QStringLiteral("2001-01-01T00:00:00Z")}
                                                << QStringLiteral("before the end of its oldest base backup");
        QTest::newRow("after the last commit") << QStringList{QStringLiteral("--time"), QStringLiteral("2999-01-01T00:00:00Z")}
                                               << QStringLiteral("not before the last archived commit");
        QTest::newRow("unknown restore point") << QStringList{QStringLiteral("--name"), QStringLiteral("no-such-point")}
                                               << QStringLiteral("is not in the archived WAL");
    }

    void refusesTargetsOutsideTheWindowBeforeTouchingAnything()
    {
        QFETCH(QStringList, target);
        QFETCH(QString, message);
        const QString dir = path(QStringLiteral("refused"));
        int exitCode = 0;
        QString error;
        recover(target, nullptr, &error, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(error.contains(message) && error.contains(QLatin1String("recoverable: timeline 1:")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("recovered-%1").arg(m_nextPort - 1))));
        Q_UNUSED(dir);
    }

    void refusesANonEmptyDataFolder()
    {
        const QString dir = path(QStringLiteral("occupied"));
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/keep.txt"), "precious");
        chownPostgres(dir);
        auto r = lifeboat({QStringLiteral("pitr"), QStringLiteral("pg"), QStringLiteral("--pgdata"), dir, QStringLiteral("--latest")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("is not empty")), qPrintable(r.firstErrorLine()));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
        QCOMPARE(readFile(dir + QStringLiteral("/keep.txt")), QByteArray("precious"));
    }

    // Last of the targets on timeline 1: damages an archived segment the recovery has to read.
    void aCorruptSegmentStopsRecoveryLoudly()
    {
        const QString needed = sql(QStringLiteral("SELECT pg_walfile_name('%1')").arg(m_markers.value(3).lsnAfter));
        const QStringList files = QDir(path(QStringLiteral("repo/pg/wal/00000001"))).entryList({needed + QStringLiteral("-*")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString file = path(QStringLiteral("repo/pg/wal/00000001/") + files.first());
        const QByteArray good = readFile(file);
        QByteArray bad = good;
        bad[bad.size() / 2] = char(bad.at(bad.size() / 2) ^ 0x55);
        writeFile(file, bad);
        chownPostgres(file);

        auto fetch = lifeboat({QStringLiteral("wal-fetch"), QStringLiteral("pg"), needed, path(QStringLiteral("scratch/bad"))});
        QCOMPARE(fetch.exitCode, 3);
        QVERIFY2(fetch.firstErrorLine().contains(QLatin1String("is damaged")), qPrintable(fetch.firstErrorLine()));
        QVERIFY(!QFile::exists(path(QStringLiteral("scratch/bad"))));

        int exitCode = 0;
        QString error;
        recover({QStringLiteral("--latest")}, nullptr, &error, &exitCode);
        writeFile(file, good);
        chownPostgres(file);
        QVERIFY2(exitCode == 3 && error.contains(QLatin1String("is damaged")) && error.contains(needed), qPrintable(error));
    }

    void checkConfirmsArchivingAndWalArrival()
    {
        auto r = lifeboat({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("pg")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QMap<QString, QString> status;
        for (const QJsonValue &line : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray())
            status.insert(line.toObject().value(QStringLiteral("check")).toString(), line.toObject().value(QStringLiteral("status")).toString());
        for (const char *name : {"wal_level", "archive_mode", "archive_command", "archiver", "wal-arrives"})
            QCOMPARE(status.value(QLatin1String(name)), QStringLiteral("ok"));
        QCOMPARE(status.value(QStringLiteral("archive_timeout")), QStringLiteral("warning")); // the test server leaves it off
    }

    void checkPrintsTheSettingToApply()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET archive_command = 'cp %p /nowhere/%f'; SELECT pg_reload_conf();")).exitCode, 0);
        QThread::msleep(300);
        auto r = lifeboat({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("pg")});
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM RESET archive_command; SELECT pg_reload_conf();"));
        QThread::msleep(300);
        QCOMPARE(r.exitCode, 1);
        QString fix;
        for (const QJsonValue &line : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray())
            if (line.toObject().value(QStringLiteral("check")).toString() == QLatin1String("archive_command"))
                fix = line.toObject().value(QStringLiteral("fix")).toString();
        QVERIFY2(fix.startsWith(QLatin1String("ALTER SYSTEM SET archive_command = '")) && fix.contains(QLatin1String("wal-push pg %p")), qPrintable(fix));
    }

    // 60 s of pgbench with archiving: the archiver never fails and never falls 5 segments behind.
    void archivingKeepsUpUnderPgbenchLoad()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const QString pgbench = QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
        const QStringList connection{QStringLiteral("-h"), m_pg->socketDir(), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("postgres")};
        auto init = run(pgbench, QStringList{QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("10")} + connection, {}, env);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        // Full-page images after each checkpoint, as production servers write them: more WAL.
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET full_page_writes = on; ALTER SYSTEM SET checkpoint_timeout = '30s'; SELECT pg_reload_conf();"));
        const qint64 failedBefore = sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")).toLongLong();
        const qint64 archivedBefore = sql(QStringLiteral("SELECT archived_count FROM pg_stat_archiver")).toLongLong();
        QProcess load;
        load.setProcessEnvironment(env);
        load.start(pgbench, QStringList{QStringLiteral("-T"), QStringLiteral("60"), QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-j"), QStringLiteral("2"),
                                        QStringLiteral("-n")} + connection);
        QVERIFY(load.waitForStarted());
        qint64 maxLag = 0;
        while (!load.waitForFinished(500)) {
            const qint64 lag = sql(QStringLiteral("SELECT ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 9))::bit(64)::bigint - "
                                                  "('x' || substr(coalesce(last_archived_wal, '000000010000000000000000'), 9))::bit(64)::bigint - 1 FROM pg_stat_archiver"))
                                   .toLongLong();
            maxLag = qMax(maxLag, lag);
        }
        QCOMPARE(load.exitCode(), 0);
        const qint64 archived = sql(QStringLiteral("SELECT archived_count FROM pg_stat_archiver")).toLongLong() - archivedBefore;
        qInfo("archived %lld WAL files in 60 s of pgbench; largest archive lag %lld segments", archived, maxLag);
        QVERIFY2(archived >= 5, "pgbench wrote too little WAL for the test to mean anything");
        QCOMPARE(sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")).toLongLong(), failedBefore);
        QVERIFY2(maxLag < 5, qPrintable(QStringLiteral("archive lag reached %1 segments").arg(maxLag)));
        // The resident helper streamed the WAL ahead over a replication connection (its lines
        // go to the server's log) and still runs for this pg_wal.
        const QByteArray log = readFile(m_pg->serverLog());
        QVERIFY2(log.contains("lifeboat wal-push helper: streaming WAL ahead for job \"pg\""), log.right(2000).constData());
        QVERIFY(!log.contains("without streaming ahead"));
        QVERIFY(WalPushHelper::isRunning(m_pg->dataDir() + QStringLiteral("/pg_wal")));
        // What it stored (streamed, the tail read from the file once .ready) is the server's
        // file byte for byte: fetch the archived segments still in pg_wal and compare.
        const QString walDir = m_pg->dataDir() + QStringLiteral("/pg_wal");
        const QStringList marked = QDir(walDir + QStringLiteral("/lifeboat-pushed")).entryList({QStringLiteral("0*")}, QDir::Files, QDir::Name);
        int compared = 0;
        for (const QString &name : marked) {
            const QByteArray server = readFile(walDir + QLatin1Char('/') + name);
            if (server.size() != 16 * 1024 * 1024)
                continue; // recycled meanwhile
            const QString dest = path(QStringLiteral("scratch/fetched-") + name);
            auto fetched = lifeboat({QStringLiteral("wal-fetch"), QStringLiteral("pg"), name, dest});
            QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
            const QByteArray again = readFile(walDir + QLatin1Char('/') + name);
            if (again != server)
                continue; // recycled while fetching
            QVERIFY2(readFile(dest) == server, qPrintable(name));
            QFile::remove(dest);
            ++compared;
        }
        QVERIFY2(compared >= 2, qPrintable(QStringLiteral("only %1 archived segments left to compare").arg(compared)));
    }

    // Recover to marker 7, promote (timeline 2), keep writing and archiving there, then recover
    // timeline 2 into another folder.
    void recoversAlongANewTimeline()
    {
        m_pg->stop(); // the disaster: the original server is gone
        const QString dir = path(QStringLiteral("timeline2"));
        const int port = m_nextPort++;
        auto r = lifeboat({QStringLiteral("pitr"), QStringLiteral("pg"), QStringLiteral("--pgdata"), dir, QStringLiteral("--time"),
                           m_markers.value(7).afterCommit, QStringLiteral("--keep-archiving"), QStringLiteral("--start"), QStringLiteral("--port"),
                           QString::number(port)});
        if (QFile::exists(dir + QStringLiteral("/postmaster.pid")))
            m_started.append(dir);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        auto psql = [&](const QString &statement) {
            return QString::fromUtf8(run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                                         {QStringLiteral("-XqAt"), QStringLiteral("-h"), dir, QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
                                          QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"), statement},
                                         {}, env)
                                         .out.trimmed());
        };
        QCOMPARE(psql(QStringLiteral("SELECT timeline_id FROM pg_control_checkpoint()")), QStringLiteral("2"));
        psql(QStringLiteral("INSERT INTO markers(id) VALUES (100)"));
        psql(QStringLiteral("INSERT INTO markers(id) VALUES (101)"));
        const QString segment = psql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        QString archived;
        for (int i = 0; i < 200 && archived < segment; ++i) {
            QThread::msleep(100);
            archived = psql(QStringLiteral("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver"));
        }
        QVERIFY2(archived >= segment, qPrintable(archived + QStringLiteral(" < ") + segment));
        QVERIFY(!QDir(path(QStringLiteral("repo/pg/wal/00000002"))).entryList({QStringLiteral("00000002.history-*")}, QDir::Files).isEmpty());

        auto window = lifeboat({QStringLiteral("--json"), QStringLiteral("recovery-window"), QStringLiteral("pg")});
        QVERIFY2(window.exitCode == 0, window.err.constData());
        const QJsonArray timelines = QJsonDocument::fromJson(window.out).object().value(QStringLiteral("timelines")).toArray();
        QCOMPARE(timelines.size(), 2);
        QCOMPARE(timelines.at(1).toObject().value(QStringLiteral("parent")).toInt(), 1);

        QString error;
        const QList<int> ids = recover({QStringLiteral("--latest")}, nullptr, &error);
        const QList<int> expected = range(1, 7) + QList<int>{100, 101};
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestPointInTimeRecovery)
#include "TestPointInTimeRecovery.moc"
