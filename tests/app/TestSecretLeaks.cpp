// A security reviewer's check: during a PostgreSQL backup, its restore and verification, an S3
// upload and a compliance report, no test secret shows up in any process's command line
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

class TestSecretLeaks : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    QTemporaryDir m_dir;
    QStringList m_seen; // every command line sampled, every output

    // Runs lifeboat-cli while another thread reads /proc/*/cmdline of every process.
    ProcessResult watched(const QStringList &args, const QProcessEnvironment &env)
    {
        std::atomic_bool done{false};
        QSet<QString> cmdlines;
        std::thread sampler([&] {
            while (!done.load()) {
                for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
                    if (f.open(QIODevice::ReadOnly))
                        cmdlines.insert(QString::fromUtf8(f.readAll().replace('\0', ' ')));
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        });
        ProcessResult r = run(cliPath(), args, {}, env);
        done.store(true);
        sampler.join();
        m_seen += cmdlines.values();
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
