// The resident wal-push helper against a real PostgreSQL 15 whose archive_command is
// lifeboat-cli wal-push: when the server refuses it a replication connection it still pushes
// every .ready file (and says why it cannot stream ahead), it streams again once replication is
// allowed, and it stops when its config file changes or the server stops — after which the next
// archive call starts a new one. Everything Lifeboat runs here runs as the postgres user, as
// the server runs archive_command.
#include "PgServer.h"
#include "TestSupport.h"
#include "wal/WalPushHelper.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <QtTest>
#include <utime.h>

using namespace lifeboat;
using namespace lifeboat::test;

class TestWalPushHelper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/lifeboat-helper-XXXXXX")};
    std::unique_ptr<PgServer> m_pg;

    QString path(const QString &relative) const { return m_work.filePath(relative); }
    QString walDir() const { return m_pg->dataDir() + QStringLiteral("/pg_wal"); }
    QString sql(const QString &statement) const { return m_pg->scalar(QStringLiteral("postgres"), statement); }
    QString serverLog() const { return QString::fromUtf8(readFile(m_pg->serverLog())); }

    // Some WAL, a switch, and the wait until the server has archived that segment.
    QString archiveOneSegment()
    {
        sql(QStringLiteral("INSERT INTO filler SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g"));
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        for (int i = 0; i < 300; ++i) {
            if (sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) == QLatin1String("t"))
                return segment;
            QThread::msleep(100);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const QString cli = copyCliInto(m_work.path());
        QVERIFY(!cli.isEmpty());
        writeSecretFile(path(QStringLiteral("pg.pass")), PgServer::password() + '\n');
        m_pg = std::make_unique<PgServer>(QStringLiteral("archive_mode = on\narchive_command = '%1 --config %2 wal-push pg %p'\nwal_level = replica\n")
                                              .arg(cli, path(QStringLiteral("lifeboat.toml"))));
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        writeFile(path(QStringLiteral("lifeboat.toml")),
                  QStringLiteral("[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                 "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"%3\"\npassword_file = \"%4\"\nrepository = \"local\"\n"
                                 "compression = \"zstd:1\"\n")
                      .arg(path(QStringLiteral("catalog.db")), path(QStringLiteral("repo")), m_pg->conninfo(), path(QStringLiteral("pg.pass")))
                      .toUtf8());
        run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_work.path()});
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE filler(id int, pad text)")).exitCode, 0);
        QVERIFY(m_pg->setReplicationAllowed(false));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void pushesReadyFilesWhenReplicationIsRefused()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!archiveOneSegment().isEmpty());
        QVERIFY(WalPushHelper::isRunning(walDir()));
        const QString log = serverLog();
        QVERIFY2(log.contains(QLatin1String("lifeboat wal-push helper: pushing .ready files without streaming ahead: cannot open a replication connection")),
                 qPrintable(log.right(2000)));
        QVERIFY(log.contains(QLatin1String("pg_hba.conf")));
        QCOMPARE(sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")), QStringLiteral("0"));
        // The helper stored them (with markers the front answered from), not only the calls.
        const QStringList markers = QDir(walDir() + QStringLiteral("/lifeboat-pushed")).entryList({QStringLiteral("0*")}, QDir::Files);
        QVERIFY2(markers.size() >= 2, qPrintable(markers.join(QLatin1Char(' '))));
    }

    void streamsAgainOnceReplicationIsAllowed()
    {
        QVERIFY(m_pg->setReplicationAllowed(true));
        // The helper retries every 10 s.
        QTRY_VERIFY2_WITH_TIMEOUT(serverLog().contains(QLatin1String("lifeboat wal-push helper: streaming WAL again from")), qPrintable(serverLog().right(2000)), 20000);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE application_name = 'lifeboat_wal_push'")), QStringLiteral("1"));
        QVERIFY(!archiveOneSegment().isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")), QStringLiteral("0"));
        // Never a synchronous standby: it reports nothing flushed.
        QCOMPARE(sql(QStringLiteral("SELECT sync_state FROM pg_stat_replication WHERE application_name = 'lifeboat_wal_push'")), QStringLiteral("async"));
    }

    void stopsWhenTheConfigChangesAndTheNextCallStartsAnother()
    {
        QVERIFY(WalPushHelper::isRunning(walDir()));
        // A new mtime is a change: the helper must not keep pushing with settings the user replaced.
        QVERIFY(::utime(QFile::encodeName(path(QStringLiteral("lifeboat.toml"))).constData(), nullptr) == 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!WalPushHelper::isRunning(walDir()), "the helper kept running after its config changed", 5000);
        QVERIFY(serverLog().contains(QLatin1String("lifeboat wal-push helper: stopped: the config file changed")));
        QVERIFY(!archiveOneSegment().isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(WalPushHelper::isRunning(walDir()), "no helper started again", 5000);
        QCOMPARE(sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")), QStringLiteral("0"));
    }

    // conninfo naming another cluster (a copy-paste slip) must not feed it that cluster's WAL
    // (every piece is compared with this pg_wal's files anyway), and the .ready files still go.
    void refusesToStreamAnotherClustersWal()
    {
        PgServer other;
        QVERIFY2(other.isRunning(), qPrintable(other.error()));
        QByteArray config = readFile(path(QStringLiteral("lifeboat.toml")));
        config.replace(m_pg->conninfo().toUtf8(), other.conninfo().toUtf8());
        writeFile(path(QStringLiteral("lifeboat.toml")), config); // also stops the running helper
        QTRY_VERIFY_WITH_TIMEOUT(!WalPushHelper::isRunning(walDir()), 5000);
        QVERIFY(!archiveOneSegment().isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(serverLog().contains(QLatin1String("the job's conninfo reaches another cluster")), qPrintable(serverLog().right(2000)), 5000);
        QVERIFY(!archiveOneSegment().isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT failed_count FROM pg_stat_archiver")), QStringLiteral("0"));
        QCOMPARE(other.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_stat_replication")), QStringLiteral("0"));
    }

    void stopsWithTheServer()
    {
        QVERIFY(WalPushHelper::isRunning(walDir()));
        m_pg->stop();
        QTRY_VERIFY2_WITH_TIMEOUT(!WalPushHelper::isRunning(walDir()), "the helper outlived its server", 5000);
        QVERIFY2(serverLog().contains(QLatin1String("lifeboat wal-push helper: stopped: the server stopped")), qPrintable(serverLog().right(1000)));
    }
};

QTEST_GUILESS_MAIN(TestWalPushHelper)
#include "TestWalPushHelper.moc"
