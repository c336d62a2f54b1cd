// A security reviewer's check: during a PostgreSQL backup, its restore and verification, an S3
// upload, a compliance report, a base backup and archiving through wal-push, no test secret shows up in any process's command line
// (sampled from /proc every few milliseconds while each command runs), in any output or log
// line, in any sidecar, in the catalog or in the report. The secrets come from the sources a
// real deployment uses: the PostgreSQL password from a systemd credential, the backup
// passphrase from an environment variable, S3 keys from the environment.
#include "PgServer.h"
#include "S3Server.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {
const QByteArray kPassphrase = "leak-check-Passphrase-93";
const QByteArray kS3Secret = "S3RVER"; // s3rver's fixed key pair: checked in command lines only
}

// Reads /proc/*/cmdline of every process every few milliseconds while it lives.
class CmdlineSampler
{
public:
    explicit CmdlineSampler(QStringList &into) : m_into(into)
    {
        m_thread = std::thread([this] {
            while (!m_done.load()) {
                for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
                    if (f.open(QIODevice::ReadOnly))
                        m_seen.insert(QString::fromUtf8(f.readAll().replace('\0', ' ')));
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        });
    }
    ~CmdlineSampler()
    {
        m_done.store(true);
        m_thread.join();
        m_into += m_seen.values();
    }

private:
    QStringList &m_into;
    std::atomic_bool m_done{false};
    QSet<QString> m_seen;
    std::thread m_thread;
};

class TestSecretLeaks : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    QTemporaryDir m_dir;
    QStringList m_seen; // every command line sampled, every output

    // Runs lifeboat-cli while another thread reads /proc/*/cmdline of every process.
    ProcessResult watched(const QStringList &args, const QProcessEnvironment &env)
    {
        ProcessResult r;
        {
            CmdlineSampler sampler(m_seen);
            r = run(cliPath(), args, {}, env);
        }
        m_seen << QString::fromUtf8(r.out) << QString::fromUtf8(r.err);
        return r;
    }

    QString p(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        QCOMPARE(m_pg->psql("postgres", "CREATE DATABASE shop").exitCode, 0);
        QCOMPARE(m_pg->psql("shop", "CREATE TABLE orders(id int PRIMARY KEY, note text); "
                                    "INSERT INTO orders SELECT g, 'order ' || g FROM generate_series(1, 20000) g;").exitCode, 0);
        QDir().mkpath(p("credentials"));
        writeFile(p("credentials/pg.pass"), PgServer::password() + '\n');
        QFile::setPermissions(p("credentials/pg.pass"), QFile::ReadOwner);
    }
    void cleanupTestCase() { m_pg.reset(); }

    // The archive_command side: a server archiving through wal-push (run by the postgres user)
    // and a base backup whose password comes from a systemd credential.
    void noSecretLeaksThroughWalPush()
    {
        QTemporaryDir work;
        const QString cli = copyCliInto(work.path());
        QVERIFY(!cli.isEmpty());
        const QString config = work.filePath(QStringLiteral("lifeboat.toml"));
        QDir().mkpath(work.filePath(QStringLiteral("credentials")));
        writeFile(work.filePath(QStringLiteral("credentials/pg.pass")), PgServer::password() + '\n');
        QFile::setPermissions(work.filePath(QStringLiteral("credentials/pg.pass")), QFile::ReadOwner);
        QFile::copy(demoKey("demo-backup-key.pub.asc"), work.filePath(QStringLiteral("pub.asc")));
        PgServer pg(QStringLiteral("archive_mode = on\narchive_command = '%1 --config %2 wal-push cluster %p'\nwal_level = replica\n").arg(cli, config));
        QVERIFY2(pg.isRunning(), qPrintable(pg.error()));
        writeFile(config, QStringLiteral("[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                         "[jobs.cluster]\nkind = \"postgresql-cluster\"\nconninfo = \"%3\"\npassword_source = \"credential:pg.pass\"\n"
                                         "repository = \"local\"\nencryption = \"openpgp\"\nrecipients = [\"%4\"]\n")
                              .arg(work.filePath(QStringLiteral("catalog.db")), work.filePath(QStringLiteral("repo")), pg.conninfo(),
                                   work.filePath(QStringLiteral("pub.asc")))
                              .toUtf8());
        // The repository exists before the hand-over: wal-push runs as postgres and writes there.
        QDir().mkpath(work.filePath(QStringLiteral("repo")));
        QFile::setPermissions(work.filePath(QStringLiteral("repo")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), work.path()});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), work.filePath(QStringLiteral("credentials")));
        {
            CmdlineSampler sampler(m_seen);
            // As the postgres user, like the archive_command: both write into the same job folder.
            const ProcessResult backup = run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("env"),
                                                                         QStringLiteral("CREDENTIALS_DIRECTORY=") + work.filePath(QStringLiteral("credentials")),
                                                                         cli, QStringLiteral("--config"), config, QStringLiteral("--verbose"),
                                                                         QStringLiteral("backup"), QStringLiteral("cluster")}, {}, env);
            QVERIFY2(backup.exitCode == 0, backup.err.constData());
            m_seen << QString::fromUtf8(backup.out) << QString::fromUtf8(backup.err);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE IF NOT EXISTS t%1(x int); SELECT pg_switch_wal();").arg(i)).exitCode, 0);
            QTRY_VERIFY_WITH_TIMEOUT(pg.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT archived_count FROM pg_stat_archiver")).toInt() >= 3, 60000);
        }
        QCOMPARE(pg.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT failed_count FROM pg_stat_archiver")), QStringLiteral("0"));
        QStringList places = m_seen;
        places << QString::fromUtf8(readFile(pg.serverLog()));
        QDirIterator files(work.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString f = files.next();
            if (f.endsWith(QLatin1String(".meta.json")) || f.endsWith(QLatin1String("catalog.db")))
                places << QString::fromUtf8(readFile(f));
        }
        QVERIFY2(m_seen.join(QLatin1Char('\n')).contains(QStringLiteral("wal-push cluster")), "no archive_command was seen running");
        QVERIFY2(!places.join(QLatin1Char('\n')).contains(QString::fromUtf8(PgServer::password())), "the PostgreSQL password leaked");
    }

    void noSecretLeaksAnywhere()
    {
        S3Server s3;
        const bool haveS3 = s3.start();
        QVERIFY2(haveS3, qPrintable(s3.error()));
        writeFile(p("lifeboat.toml"), (QStringLiteral("timezone = \"UTC\"\n[catalog]\nurl = \"sqlite://catalog.db\"\n"
                                                      "[repositories.main]\ntype = \"local\"\npath = \"repo\"\n")
                                       + s3.repositoryToml(QStringLiteral("offsite"))
                                       + QStringLiteral("[jobs.shop]\nkind = \"postgresql\"\nconninfo = \"%1\"\n"
                                                        "password_source = \"credential:pg.pass\"\nrepository = \"main\"\ncopy_to = [\"offsite\"]\n"
                                                        "encryption = \"openpgp\"\npassphrase_source = \"env:LB_BACKUP_PASSPHRASE\"\nverify = \"restore\"\n")
                                             .arg(m_pg->conninfo("shop")))
                                          .toUtf8());
        QProcessEnvironment env = s3.environment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), p("credentials"));
        env.insert(QStringLiteral("LB_BACKUP_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        const QStringList base{QStringLiteral("--config"), p("lifeboat.toml"), QStringLiteral("--verbose")};

        const ProcessResult backup = watched(base + QStringList{QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("shop")}, env);
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY2(backup.out.contains("\"passed\""), backup.out.constData()); // verified by a test restore on the server
        const ProcessResult list = watched(base + QStringList{QStringLiteral("--json"), QStringLiteral("list")}, env);
        const QString id = QString::fromUtf8(list.out).section(QStringLiteral("\"id\": \""), 1, 1).section(QLatin1Char('"'), 0, 0);
        QVERIFY(!id.isEmpty());
        const ProcessResult restore = watched(base + QStringList{QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("shop_copy")}, env);
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(m_pg->scalar("shop_copy", "SELECT count(*) FROM orders"), QStringLiteral("20000"));
        QCOMPARE(watched(base + QStringList{QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--level"), QStringLiteral("decode")}, env).exitCode, 0);
        const ProcessResult report = watched(base + QStringList{QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--format"),
                                                                 QStringLiteral("json"), QStringLiteral("--output"), p("compliance.json")}, env);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        // The copy in the bucket is there (the upload happened under observation).
        QVERIFY(!QDir(s3.dataDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        QStringList places = m_seen;
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString f = files.next();
            if (f.endsWith(QLatin1String(".meta.json")) || f.endsWith(QLatin1String("catalog.db")) || f.endsWith(QLatin1String("compliance.json")))
                places << QString::fromUtf8(readFile(f));
        }
        QDirIterator objects(s3.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (objects.hasNext()) {
            const QString f = objects.next();
            if (f.contains(QLatin1String(".meta.json")))
                places << QString::fromUtf8(readFile(f));
        }
        QVERIFY(places.size() > 10);
        const QString all = places.join(QLatin1Char('\n'));
        for (const QByteArray &secret : {PgServer::password(), kPassphrase})
            QVERIFY2(!all.contains(QString::fromUtf8(secret)), secret.constData());
        // s3rver's key pair is a short common word, so only command lines are searched for it.
        for (const QString &cmdline : m_seen)
            QVERIFY2(!cmdline.contains(QStringLiteral("aws_secret_access_key")) && !cmdline.contains(QStringLiteral("secret_key=") + QString::fromUtf8(kS3Secret)),
                     qPrintable(cmdline));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "TestSecretLeaks.moc"
