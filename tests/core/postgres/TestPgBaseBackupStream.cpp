// PgBaseBackupStream against a real PostgreSQL 15: the tar it writes unpacks with GNU tar and
// passes pg_verifybackup (manifest, WAL and all); the pg_basebackup path the source falls back to
// writes the same members; a refused replication connection, a failing sink, a cancel and a
// server that stops mid-stream each end the backup with a one-line error naming the cause.
#include "PgServer.h"
#include "TestSupport.h"
#include "common/OperationContext.h"
#include "pipeline/BufferSink.h"
#include "postgres/PgBaseBackupSource.h"
#include "postgres/PgBaseBackupStream.h"
#include "wal/WalName.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cstdlib>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

class CancelAfterProgress final : public OperationContext
{
public:
    std::atomic<bool> cancel{false};
    bool isCancelled() const override { return cancel; }
    void reportProgress(qint64, qint64) override {}
    void reportItems(qint64, qint64) override {}
    void reportStep(const QString &) override {}
    void reportLog(const QString &) override {}
};

// Takes `limit` bytes, then fails the way a full disk does.
class FullAfter final : public Sink
{
public:
    explicit FullAfter(qint64 limit) : m_limit(limit) {}
    Status write(const char *, size_t size) override
    {
        m_seen += qint64(size);
        if (m_seen > m_limit)
            return fail(ErrorCode::DiskFull, QStringLiteral("no space left on the test device"));
        return {};
    }
    Status finish() override { return {}; }

private:
    qint64 m_limit;
    qint64 m_seen = 0;
};

// Runs `action` once, on the first write.
class OnFirstWrite final : public Sink
{
public:
    explicit OnFirstWrite(std::function<void()> action) : m_action(std::move(action)) {}
    Status write(const char *, size_t) override
    {
        if (m_action) {
            auto action = std::move(m_action);
            m_action = nullptr;
            action();
        }
        return {};
    }
    Status finish() override { return {}; }

private:
    std::function<void()> m_action;
};

} // namespace

class TestPgBaseBackupStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    std::unique_ptr<PgServer> m_pg;

    QString path(const QString &name) const { return m_work.filePath(name); }

    // Members of the tar in `data`, in order (GNU tar reads it).
    QStringList members(const QByteArray &data, const QString &name)
    {
        writeFile(path(name), data);
        const auto r = run(QStringLiteral("tar"), {QStringLiteral("-tf"), path(name)});
        if (r.exitCode != 0)
            return {QStringLiteral("tar failed: ") + QString::fromUtf8(r.err)};
        return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    JobConfig job() const
    {
        JobConfig job;
        job.name = QStringLiteral("cluster");
        job.kind = QStringLiteral("postgresql-cluster");
        job.conninfo = m_pg->conninfo();
        job.password = PgServer::password();
        return job;
    }

    QString noBackupRunning() const
    {
        return m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_stat_progress_basebackup"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_pg = std::make_unique<PgServer>(QStringLiteral("wal_level = replica\n"));
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->setReplicationAllowed(true));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"),
                            QStringLiteral("CREATE TABLE marks (id int PRIMARY KEY, note text);"
                                           "INSERT INTO marks SELECT g, repeat('m', 300) FROM generate_series(1, 20000) g"))
                     .exitCode,
                 0);
    }

    void streamsATarThatPgVerifybackupAccepts()
    {
        PgBaseBackupStream stream(m_pg->conninfo(), PgServer::password());
        BufferSink out(qint64(1) << 30);
        qint64 lastProgress = 0;
        const auto status = stream.run(QStringLiteral("test 'quoted' label"), &out, nullptr, [&](qint64 done) { lastProgress = done; });
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QVERIFY(stream.serverVersion() >= 150000);
        const auto &points = stream.points();
        QCOMPARE(points.timeline, 1u);
        QVERIFY(points.startLsn > 0);
        QVERIFY(points.stopLsn > points.startLsn);
        QVERIFY(points.startTime.isValid() && points.stopTime >= points.startTime);
        QVERIFY(lastProgress > 0 && lastProgress <= out.data().size());

        const QStringList names = members(out.data(), QStringLiteral("own.tar"));
        QVERIFY2(names.contains(QLatin1String("backup_label")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(names.contains(QLatin1String("global/pg_control")));
        QCOMPARE(names.last(), QStringLiteral("backup_manifest")); // after every file it lists
        const QString startSegment = WalName::segmentName(1, WalName::segmentOf(points.startLsn, WalName::kDefaultSegmentSize), WalName::kDefaultSegmentSize);
        QVERIFY2(names.contains(QStringLiteral("pg_wal/") + startSegment), qPrintable(startSegment));
        QVERIFY(out.data().size() % 512 == 0);
        QVERIFY(out.data().endsWith(QByteArray(1024, '\0')));

        // The server's own checker: every file the manifest lists, its checksum, and the WAL
        // from start to end point.
        const QString unpacked = path(QStringLiteral("unpacked"));
        QVERIFY(QDir().mkpath(unpacked));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-xf"), path(QStringLiteral("own.tar")), QStringLiteral("-C"), unpacked}).exitCode, 0);
        const auto verified = run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_verifybackup"), {unpacked});
        QVERIFY2(verified.exitCode == 0, qPrintable(QString::fromUtf8(verified.out + verified.err)));
        QVERIFY(readFile(unpacked + QStringLiteral("/backup_label")).contains("LABEL: test 'quoted' label"));
        QCOMPARE(noBackupRunning(), QStringLiteral("0"));
    }

    void sourceFallsBackToPgBasebackupOnRequest_data()
    {
        QTest::addColumn<bool>("tool");
        QTest::newRow("own stream") << false;
        QTest::newRow("LIFEBOAT_BASE_BACKUP_TOOL=pg_basebackup") << true;
    }

    void sourceFallsBackToPgBasebackupOnRequest()
    {
        QFETCH(bool, tool);
        if (tool)
            qputenv("LIFEBOAT_BASE_BACKUP_TOOL", "pg_basebackup");
        PgBaseBackupSource source(job());
        BufferSink out(qint64(1) << 30);
        auto status = source.prepare(nullptr);
        if (status)
            status = source.stream(&out, nullptr);
        qunsetenv("LIFEBOAT_BASE_BACKUP_TOOL");
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        const QStringList names = members(out.data(), QStringLiteral("source.tar"));
        QCOMPARE(names.last(), QStringLiteral("backup_manifest"));
        QVERIFY(names.contains(QLatin1String("backup_label")));
        const QJsonObject pitr = source.pitrInfo();
        QCOMPARE(pitr.value(QStringLiteral("timeline")).toInt(), 1);
        quint64 start = 0, stop = 0;
        QVERIFY(Lsn::parse(pitr.value(QStringLiteral("start_lsn")).toString(), &start));
        QVERIFY(Lsn::parse(pitr.value(QStringLiteral("stop_lsn")).toString(), &stop));
        QVERIFY(stop > start);
        QVERIFY(names.contains(QStringLiteral("pg_wal/") + pitr.value(QStringLiteral("start_wal")).toString()));
    }

    void refusedReplicationNamesPgHba()
    {
        QVERIFY(m_pg->setReplicationAllowed(false));
        PgBaseBackupStream stream(m_pg->conninfo(), PgServer::password());
        BufferSink out;
        const auto status = stream.run(QStringLiteral("refused"), &out, nullptr);
        QVERIFY(m_pg->setReplicationAllowed(true));
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::ServerUnavailable);
        QVERIFY2(status.error().message.contains(QLatin1String("pg_hba.conf")), qPrintable(status.error().message));
        QVERIFY(!status.error().message.contains(QString::fromUtf8(PgServer::password())));
        QVERIFY(!status.error().message.contains(QLatin1Char('\n')));
    }

    void aFailingSinkEndsTheBackup()
    {
        PgBaseBackupStream stream(m_pg->conninfo(), PgServer::password());
        FullAfter out(4 << 20);
        const auto status = stream.run(QStringLiteral("full"), &out, nullptr);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::DiskFull);
        QTRY_COMPARE_WITH_TIMEOUT(noBackupRunning(), QStringLiteral("0"), 10000); // the server ended it
    }

    void cancelEndsTheBackup()
    {
        CancelAfterProgress context;
        PgBaseBackupStream stream(m_pg->conninfo(), PgServer::password());
        BufferSink out(qint64(1) << 30);
        const auto status = stream.run(QStringLiteral("cancelled"), &out, &context, [&](qint64) { context.cancel = true; });
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(noBackupRunning(), QStringLiteral("0"), 10000);
        // And the next backup runs as usual.
        PgBaseBackupStream again(m_pg->conninfo(), PgServer::password());
        BufferSink second(qint64(1) << 30);
        QVERIFY(again.run(QStringLiteral("after cancel"), &second, nullptr));
    }

    void aServerStoppingMidStreamIsNamed()
    {
        PgBaseBackupStream stream(m_pg->conninfo(), PgServer::password());
        const QString dataDir = m_pg->dataDir();
        // Runs on the stream's writer thread, hence std::system rather than QProcess.
        const QByteArray stop = QStringLiteral("runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D '%1' -m immediate stop >/dev/null 2>&1")
                                    .arg(dataDir)
                                    .toLocal8Bit();
        OnFirstWrite out([stop] { QVERIFY(std::system(stop.constData()) == 0); });
        const auto status = stream.run(QStringLiteral("stopped"), &out, nullptr);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::ServerUnavailable);
        QVERIFY2(status.error().message.contains(QLatin1String("broke")), qPrintable(status.error().message));
        QVERIFY(!status.error().message.contains(QLatin1Char('\n')));
        QVERIFY(m_pg->start());
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestPgBaseBackupStream)
#include "TestPgBaseBackupStream.moc"
