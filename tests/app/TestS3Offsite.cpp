// Offsite copies through the CLI against a real S3-compatible server (s3rver on 127.0.0.1):
// a job whose repository is the bucket (backup, list, verify, restore, prune, catalog rebuild
// from the bucket alone) and whose objects open with the plain tools (aws s3 cp, gpg, zstd,
// sqlite3); copy_to a bucket that goes away (the backup stays, "not yet offsite" in list and
// metrics, the next run catches up); and the server killed in the middle of a 100 MB multipart
// upload (one clear line, no sidecar, the next run completes).
#include "PgServer.h"
#include "S3Server.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {
QJsonArray listJson(const Workspace &ws)
{
    const auto r = ws.cli({QStringLiteral("--json"), QStringLiteral("list")});
    return QJsonDocument::fromJson(r.out).array();
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}
} // namespace

class TestS3Offsite : public QObject
{
    Q_OBJECT

    std::unique_ptr<S3Server> m_s3;

    ProcessResult aws(const QStringList &args) const
    {
        return run(QStringLiteral("/usr/bin/aws"), QStringList{QStringLiteral("--endpoint-url"), m_s3->endpoint()} + args, {}, m_s3->environment());
    }
    // A workspace whose job "app" writes straight into the bucket under `prefix`.
    void writeS3Config(const Workspace &ws, const QString &prefix, const QString &jobExtra) const
    {
        writeFile(ws.config(), (QStringLiteral("timezone = \"UTC\"\n[catalog]\nurl = \"sqlite://catalog.db\"\n") + m_s3->repositoryToml(QStringLiteral("offsite"), prefix)
                                + QStringLiteral("[jobs.app]\nkind = \"sqlite\"\npath = \"app.db\"\nrepository = \"offsite\"\n") + jobExtra)
                                   .toUtf8());
    }

private slots:
    void initTestCase()
    {
        qputenv("LIFEBOAT_TEST_S3_KEY", S3Server::accessKey());
        qputenv("LIFEBOAT_TEST_S3_SECRET", S3Server::secretKey());
        m_s3 = std::make_unique<S3Server>();
        QVERIFY2(m_s3->isRunning(), qPrintable(m_s3->error()));
    }

    void backupsLiveInTheBucketAndRestoreFromItAlone()
    {
        Workspace ws({}, 2000);
        writeS3Config(ws, QStringLiteral("direct/"),
                      QStringLiteral("compression = \"zstd:3\"\nencryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\n"
                                     "verify = \"format\"\nretention = { last = 1 }\n"));
        const QString first = ws.backup();
        QThread::msleep(1100); // ids have one-second resolution
        const QString second = ws.backup();
        QJsonArray listed = listJson(ws);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("repository")).toString(), QStringLiteral("offsite"));

        const auto verified = ws.cli({QStringLiteral("verify"), first, QStringLiteral("--level"), QStringLiteral("format")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        const auto restored = ws.cli({QStringLiteral("restore"), first, QStringLiteral("--to"), ws.path(QStringLiteral("restored.db"))});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(sqliteScalar(ws.path(QStringLiteral("restored.db")), QStringLiteral("SELECT count(*) FROM items")), 2000);

        // The objects are plain S3 objects: the aws CLI fetches one, gpg and zstd decode it.
        const QString artifact = listed.at(0).toObject().value(QStringLiteral("artifact")).toString();
        const auto fetched = aws({QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("s3://backups/direct/app/backups/") + artifact, ws.path(QStringLiteral("fetched.gpg"))});
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        GpgHome gpg;
        const auto plain = gpg.gpg({QStringLiteral("--decrypt"), ws.path(QStringLiteral("fetched.gpg"))});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const auto db = run(QStringLiteral("zstd"), {QStringLiteral("-dc")}, plain.out);
        QVERIFY(db.exitCode == 0);
        writeFile(ws.path(QStringLiteral("fetched.db")), db.out);
        const auto check = run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("fetched.db")), QStringLiteral("PRAGMA integrity_check; SELECT count(*) FROM items;")});
        QCOMPARE(check.out, QByteArray("ok\n2000\n"));

        // Retention in the bucket: last = 1 keeps the newer.
        const auto pruned = ws.cli({QStringLiteral("prune")});
        QVERIFY2(pruned.exitCode == 0, pruned.err.constData());
        const auto objects = aws({QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("s3://backups/direct/app/backups/")});
        QCOMPARE(objects.out.count(".meta.json"), 1);
        QVERIFY(objects.out.contains(second.toUtf8()));

        // With only the bucket and the key: a new catalog, rebuilt from S3, restores.
        QFile::remove(ws.path(QStringLiteral("catalog.db")));
        const auto rebuilt = ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
        listed = listJson(ws);
        QCOMPARE(listed.size(), 1);
        const auto again = ws.cli({QStringLiteral("restore"), second, QStringLiteral("--to"), ws.path(QStringLiteral("again.db"))});
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }

    void copyToABucketThatGoesAwayCatchesUpLater()
    {
        Workspace ws(QStringLiteral("copy_to = [\"offsite\"]\nverify = \"checksum\"\n"), 300);
        writeFile(ws.config(), readFile(ws.config()) + m_s3->repositoryToml(QStringLiteral("offsite"), QStringLiteral("copies/")).toUtf8());
        ws.backup();
        QJsonArray listed = listJson(ws);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("copies")).toArray(), QJsonArray{QStringLiteral("offsite")});
        QVERIFY(listed.at(0).toObject().value(QStringLiteral("missing_copies")).toArray().isEmpty());

        m_s3->kill();
        QThread::msleep(1100);
        const auto failed = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(failed.firstErrorLine().contains(QLatin1String("offsite")) && failed.firstErrorLine().contains(QLatin1String("next run")),
                 qPrintable(failed.firstErrorLine()));
        listed = listJson(ws);
        QCOMPARE(listed.size(), 2); // the backup itself is stored
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("missing_copies")).toArray(), QJsonArray{QStringLiteral("offsite")});
        QVERIFY(ws.cli({QStringLiteral("list")}).out.contains("not yet offsite: offsite"));
        QVERIFY(ws.cli({QStringLiteral("metrics")}).out.contains("lifeboat_backups_not_offsite{job=\"app\"} 1"));

        QVERIFY2(m_s3->start(), qPrintable(m_s3->error()));
        QThread::msleep(1100);
        const auto caughtUp = ws.cli({QStringLiteral("backup"), QStringLiteral("app")});
        QVERIFY2(caughtUp.exitCode == 0, caughtUp.err.constData());
        listed = listJson(ws);
        QCOMPARE(listed.size(), 3);
        for (const QJsonValue &v : listed)
            QVERIFY(v.toObject().value(QStringLiteral("missing_copies")).toArray().isEmpty());
        QVERIFY(ws.cli({QStringLiteral("metrics")}).out.contains("lifeboat_backups_not_offsite{job=\"app\"} 0"));
        const auto objects = aws({QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("s3://backups/copies/app/backups/")});
        QCOMPARE(objects.out.count(".meta.json"), 3);
    }

    void aServerKilledMidUploadLeavesNoSidecarAndTheNextRunCompletes()
    {
        Workspace ws({}, 0);
        makeSqliteDb(ws.path(QStringLiteral("app.db")), 100000, 1100); // about 115 MB
        writeS3Config(ws, QStringLiteral("big/"), QStringLiteral("compression = \"none\"\nverify = \"checksum\"\n"));
        writeFile(ws.config(), readFile(ws.config()).replace("bucket = \"backups\"\n", "bucket = \"backups\"\npart_size_mb = 8\n"));
        QProcess backup;
        backup.start(cliPath(), ws.cliArgs({QStringLiteral("backup"), QStringLiteral("app")}));
        QVERIFY(backup.waitForStarted());
        const qint64 before = folderBytes(m_s3->dataDir());
        QTRY_VERIFY_WITH_TIMEOUT(folderBytes(m_s3->dataDir()) - before > 24 << 20, 60000); // some parts are up
        m_s3->kill();
        QVERIFY(backup.waitForFinished(120000));
        QVERIFY(backup.exitCode() != 0);
        // Progress goes to stderr too; the error is one line of its own.
        const QStringList errors = QString::fromUtf8(backup.readAllStandardError()).split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^error: ")));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("offsite")) && errors.first().contains(QLatin1String("endpoint")), qPrintable(errors.first()));

        QVERIFY2(m_s3->start(), qPrintable(m_s3->error()));
        const auto none = aws({QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://backups/big/")});
        QVERIFY2(!none.out.contains(".meta.json"), none.out.constData());
        QVERIFY(listJson(ws).isEmpty());

        const QString id = ws.backup();
        const QJsonArray listed = listJson(ws);
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.at(0).toObject().value(QStringLiteral("size_bytes")).toInteger() >= 100LL << 20); // multipart, ≥ 100 MB
        const auto verified = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("decode")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
    }

    // A cluster whose WAL archive and base backups live only in the bucket: wal-push from
    // archive_command (credentials from a credentials_file the server's user can read), a base
    // backup, and pitr with wal-fetch from S3 back to the latest point.
    void pointInTimeRecoveryFromTheBucket()
    {
        QTemporaryDir work(QDir::tempPath() + QStringLiteral("/lifeboat-s3pitr-XXXXXX"));
        const QString cli = copyCliInto(work.path());
        QVERIFY(!cli.isEmpty());
        const QString config = work.filePath(QStringLiteral("lifeboat.toml"));
        writeSecretFile(work.filePath(QStringLiteral("pg.pass")), PgServer::password() + '\n');
        writeFile(work.filePath(QStringLiteral("s3.credentials")), "[default]\naws_access_key_id = " + S3Server::accessKey() + "\naws_secret_access_key = " + S3Server::secretKey() + "\n");
        PgServer pg(QStringLiteral("archive_mode = on\narchive_command = '%1 --config %2 wal-push pg %p'\nwal_level = replica\n").arg(cli, config));
        QVERIFY2(pg.isRunning(), qPrintable(pg.error()));
        writeFile(config, (QStringLiteral("timezone = \"UTC\"\n[catalog]\nurl = \"sqlite://%1\"\n").arg(work.filePath(QStringLiteral("catalog.db")))
                           + m_s3->repositoryToml(QStringLiteral("offsite"), QStringLiteral("cluster/"))
                           + QStringLiteral("credentials_file = \"%1\"\n[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"%2\"\npassword_file = \"%3\"\n"
                                            "repository = \"offsite\"\ncompression = \"zstd:1\"\n")
                                 .arg(work.filePath(QStringLiteral("s3.credentials")), pg.conninfo(), work.filePath(QStringLiteral("pg.pass"))))
                              .toUtf8()
                              .replace("access_key_env = \"LIFEBOAT_TEST_S3_KEY\"\nsecret_key_env = \"LIFEBOAT_TEST_S3_SECRET\"\n", ""));
        run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), work.path()});
        auto asPostgres = [&](const QStringList &args) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LIFEBOAT_TEST_S3_KEY")); // only the credentials file
            env.remove(QStringLiteral("LIFEBOAT_TEST_S3_SECRET"));
            return run(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), cli, QStringLiteral("--config"), config} + args, {}, env);
        };
        auto sql = [&](const QString &statement) { return pg.scalar(QStringLiteral("postgres"), statement); };
        auto waitArchived = [&] {
            const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
            for (int i = 0; i < 200 && sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) != QLatin1String("t"); ++i)
                QThread::msleep(100);
            return sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) == QLatin1String("t");
        };
        QCOMPARE(pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE markers(id int)")).exitCode, 0);
        QVERIFY2(waitArchived(), qPrintable(sql(QStringLiteral("SELECT failed_count, last_failed_wal FROM pg_stat_archiver"))));
        const auto base = asPostgres({QStringLiteral("backup"), QStringLiteral("pg")});
        QVERIFY2(base.exitCode == 0, base.err.constData());
        sql(QStringLiteral("INSERT INTO markers VALUES (1), (2)"));
        QVERIFY(waitArchived());
        const auto objects = aws({QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://backups/cluster/pg/wal/")});
        QVERIFY2(objects.out.count('\n') >= 3, objects.out.constData());

        const QString dir = work.filePath(QStringLiteral("recovered"));
        const auto recovered = asPostgres({QStringLiteral("pitr"), QStringLiteral("pg"), QStringLiteral("--pgdata"), dir, QStringLiteral("--latest"), QStringLiteral("--start"),
                                           QStringLiteral("--port"), QStringLiteral("5797")});
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const auto rows = run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                              {QStringLiteral("-XqAt"), QStringLiteral("-h"), dir, QStringLiteral("-p"), QStringLiteral("5797"), QStringLiteral("-U"), QStringLiteral("postgres"),
                               QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"), QStringLiteral("SELECT count(*) FROM markers")},
                              {}, env);
        run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                        QStringLiteral("-D"), dir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        QCOMPARE(rows.out.trimmed(), QByteArray("2"));
    }

    void cleanupTestCase() { m_s3.reset(); }
};

QTEST_GUILESS_MAIN(TestS3Offsite)
#include "TestS3Offsite.moc"
