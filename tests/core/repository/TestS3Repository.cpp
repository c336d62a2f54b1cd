// The S3 repository against a real S3-compatible server (s3rver from the npm registry, on
// 127.0.0.1; it checks access key ids but not V4 signatures, which TestSigV4 checks): single and multipart artifacts round trip byte
// for byte; an abandoned upload leaves nothing; sidecars list; loose WAL objects, folders and
// pagination past 1,000 keys; cleanup of an aborted run; and the errors a user meets: wrong or
// missing credentials, a dead endpoint, a missing bucket.
#include "S3Server.h"
#include "TestSupport.h"
#include "pipeline/Sink.h"
#include "repository/BackupNaming.h"
#include "repository/Repository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QRandomGenerator>
#include <QTest>

using namespace lifeboat;

namespace {
class HashSink final : public Sink
{
public:
    Status write(const char *data, size_t size) override
    {
        hash.addData(QByteArrayView(data, qsizetype(size)));
        bytes += qint64(size);
        return {};
    }
    Status finish() override { return {}; }
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 bytes = 0;
};

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return data;
}
} // namespace

// A scripted HTTP server on its own thread: answers the n-th request with the n-th canned
// reply (a mock: s3rver cannot be made to fail or cut a reply on demand). Records the requests.
class ScriptedServer : public QThread
{
public:
    explicit ScriptedServer(QList<QByteArray> replies)
        : m_replies(std::move(replies))
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        start();
        while (!m_listening.loadAcquire())
            QThread::msleep(5);
    }
    ~ScriptedServer() override { wait(); }
    int port() const { return m_port; }
    QList<QByteArray> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, quint16(m_port));
        m_listening.storeRelease(1);
        for (const QByteArray &reply : std::as_const(m_replies)) {
            if (!server.waitForNewConnection(10000))
                return;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray head;
            while (!head.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
                head += socket->readAll();
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(head);
            }
            socket->write(reply);
            socket->waitForBytesWritten(5000);
            socket->disconnectFromHost(); // one request per connection: the client reconnects
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(2000);
        }
    }

private:
    QList<QByteArray> m_replies;
    int m_port = 0;
    QAtomicInt m_listening;
    mutable QMutex m_mutex;
    QList<QByteArray> m_requests;
};

class TestS3Repository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::S3Server> m_s3;

    RepositoryConfig config(const QString &prefix = QStringLiteral("unit/")) const
    {
        RepositoryConfig c;
        c.name = QStringLiteral("offsite");
        c.type = QStringLiteral("s3");
        c.endpoint = m_s3->endpoint();
        c.region = QStringLiteral("us-east-1");
        c.bucket = QStringLiteral("backups");
        c.prefix = prefix;
        c.accessKeyEnv = QStringLiteral("LIFEBOAT_TEST_S3_KEY");
        c.secretKeyEnv = QStringLiteral("LIFEBOAT_TEST_S3_SECRET");
        c.partSizeMb = 5;
        return c;
    }
    std::unique_ptr<Repository> open(const RepositoryConfig &c) const
    {
        auto repo = Repository::open(c);
        if (!repo)
            qFatal("%s", qPrintable(repo.error().message));
        return std::move(*repo);
    }
    static BackupMetadata meta(const QString &artifact, qint64 size)
    {
        BackupMetadata m;
        m.id = BackupNaming::sidecarName(artifact).section(QLatin1Char('.'), 0, 0);
        m.job = QStringLiteral("app");
        m.kind = QStringLiteral("sqlite");
        m.artifact = artifact;
        m.startedAt = QDateTime::currentDateTimeUtc();
        m.finishedAt = m.startedAt;
        m.sizeBytes = size;
        return m;
    }

private slots:
    void initTestCase()
    {
        qputenv("LIFEBOAT_TEST_S3_KEY", test::S3Server::accessKey());
        qputenv("LIFEBOAT_TEST_S3_SECRET", test::S3Server::secretKey());
        m_s3 = std::make_unique<test::S3Server>();
        QVERIFY2(m_s3->isRunning(), qPrintable(m_s3->error()));
    }

    void artifactsRoundTripSingleAndMultipart_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one PUT") << qint64(300 * 1024);
        QTest::newRow("exactly one part") << qint64(5 << 20);
        QTest::newRow("multipart, 5 parts and a tail") << qint64((5 << 20) * 5 + 12345);
    }

    void artifactsRoundTripSingleAndMultipart()
    {
        QFETCH(qint64, size);
        auto repo = open(config());
        QVERIFY(repo->initialize());
        const QString artifact = QStringLiteral("app-db-backup-20260101-%1.sqlite").arg(size, 6, 16, QLatin1Char('0'));
        const QByteArray data = randomBytes(size, quint32(size));
        auto upload = repo->createArtifact(QStringLiteral("app"), artifact);
        QVERIFY2(upload, upload ? "" : qPrintable(upload.error().message));
        // Written in odd slices, as the pipeline does.
        for (qint64 at = 0; at < data.size(); at += 777777)
            QVERIFY((*upload)->sink()->write(data.constData() + at, size_t(std::min<qint64>(777777, data.size() - at))));
        QVERIFY((*upload)->sink()->finish());
        const Status committed = (*upload)->commit();
        QVERIFY2(committed, committed ? "" : qPrintable(committed.error().message));
        const BackupMetadata m = meta(artifact, size);
        QVERIFY(repo->writeSidecar(m));
        HashSink read;
        const Status got = repo->readArtifact(m, &read, nullptr);
        QVERIFY2(got, got ? "" : qPrintable(got.error().message));
        QCOMPARE(read.bytes, size);
        QCOMPARE(read.hash.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        auto listed = repo->listBackups(QStringLiteral("app"));
        QVERIFY(listed);
        QVERIFY(std::any_of(listed->cbegin(), listed->cend(), [&](const BackupMetadata &b) { return b.artifact == artifact; }));
        // The same name again is refused, never overwritten.
        auto again = repo->createArtifact(QStringLiteral("app"), artifact);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    void anAbandonedUploadLeavesNothing()
    {
        auto repo = open(config(QStringLiteral("abandoned/")));
        {
            auto upload = repo->createArtifact(QStringLiteral("app"), QStringLiteral("app-db-backup-20260101-000001.sqlite"));
            QVERIFY(upload);
            const QByteArray data = randomBytes(12 << 20, 7); // two parts sent, then the run dies
            QVERIFY((*upload)->sink()->write(data.constData(), size_t(data.size())));
        }
        auto objects = repo->listObjects(QStringLiteral("app"), QStringLiteral("backups"));
        QVERIFY(objects);
        QVERIFY2(objects->isEmpty(), qPrintable(objects->isEmpty() ? QString() : objects->first().name));
    }

    void aRunWithoutSidecarIsCleanedUp()
    {
        auto repo = open(config(QStringLiteral("aborted/")));
        for (const QString &name : {QStringLiteral("app-db-backup-20260101-000001.sqlite"), QStringLiteral("app-db-backup-20260101-000002.sqlite")}) {
            auto upload = repo->createArtifact(QStringLiteral("app"), name);
            QVERIFY(upload);
            QVERIFY((*upload)->sink()->write("data", 4));
            QVERIFY((*upload)->commit());
        }
        QVERIFY(repo->writeSidecar(meta(QStringLiteral("app-db-backup-20260101-000002.sqlite"), 4)));
        auto removed = repo->cleanupAborted(QStringLiteral("app"));
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
        QCOMPARE(*removed, QStringList{QStringLiteral("app-db-backup-20260101-000001.sqlite")});
        auto listed = repo->listBackups(QStringLiteral("app"));
        QCOMPARE(listed->size(), 1);
    }

    void looseObjectsFoldersAndPagination()
    {
        auto repo = open(config(QStringLiteral("wal/")));
        for (int i = 0; i < 1005; ++i) {
            auto upload = repo->createObject(QStringLiteral("pg"), QStringLiteral("wal/00000001/%1").arg(i, 24, 16, QLatin1Char('0')));
            QVERIFY(upload);
            QVERIFY((*upload)->sink()->write("x", 1));
            QVERIFY((*upload)->commit());
        }
        {
            auto upload = repo->createObject(QStringLiteral("pg"), QStringLiteral("wal/00000002/00000002.history"));
            QVERIFY(upload && (*upload)->commit());
        }
        auto objects = repo->listObjects(QStringLiteral("pg"), QStringLiteral("wal/00000001"));
        QVERIFY2(objects, objects ? "" : qPrintable(objects.error().message));
        QCOMPARE(objects->size(), 1005); // past S3's 1,000 keys per page
        QCOMPARE(objects->first().size, 1);
        QCOMPARE(*repo->listFolders(QStringLiteral("pg"), QStringLiteral("wal")), (QStringList{QStringLiteral("00000001"), QStringLiteral("00000002")}));
        QVERIFY(repo->objectExists(QStringLiteral("pg"), QStringLiteral("wal/00000002/00000002.history")));
        auto again = repo->createObject(QStringLiteral("pg"), QStringLiteral("wal/00000002/00000002.history"));
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY(repo->removeObject(QStringLiteral("pg"), QStringLiteral("wal/00000002/00000002.history")));
        QVERIFY(!repo->objectExists(QStringLiteral("pg"), QStringLiteral("wal/00000002/00000002.history")));
        HashSink missing;
        const Status gone = repo->readObject(QStringLiteral("pg"), QStringLiteral("wal/00000002/00000002.history"), &missing, nullptr);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    void errorsNameTheCauseAndTheFix()
    {
        RepositoryConfig wrong = config();
        qputenv("LIFEBOAT_WRONG_KEY", "NOT-A-KEY");
        wrong.accessKeyEnv = QStringLiteral("LIFEBOAT_WRONG_KEY");
        auto listed = open(wrong)->listBackups(QStringLiteral("app"));
        QVERIFY(!listed);
        QVERIFY2(listed.error().message.contains(QLatin1String("credentials")) && listed.error().message.contains(QLatin1String("InvalidAccessKeyId")),
                 qPrintable(listed.error().message));
        QVERIFY(!listed.error().message.contains(QString::fromLatin1(test::S3Server::secretKey()) + QLatin1Char('"')));

        RepositoryConfig none = config();
        none.accessKeyEnv = QStringLiteral("LIFEBOAT_NO_SUCH_VARIABLE");
        auto opened = Repository::open(none);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::MissingKey);
        QVERIFY(opened.error().message.contains(QLatin1String("LIFEBOAT_NO_SUCH_VARIABLE")));

        RepositoryConfig bucket = config();
        bucket.bucket = QStringLiteral("no-such-bucket");
        auto nobucket = open(bucket)->listBackups(QStringLiteral("app"));
        QVERIFY(!nobucket);
        QVERIFY2(nobucket.error().message.contains(QLatin1String("NoSuchBucket")) && nobucket.error().message.contains(QLatin1String("create bucket")),
                 qPrintable(nobucket.error().message));

        RepositoryConfig dead = config();
        dead.endpoint = QStringLiteral("http://127.0.0.1:1");
        QElapsedTimer timer;
        timer.start();
        auto unreachable = open(dead)->listBackups(QStringLiteral("app"));
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.error().message.contains(QLatin1String("cannot connect")) && unreachable.error().message.contains(QLatin1String("endpoint")),
                 qPrintable(unreachable.error().message));
        QVERIFY(timer.elapsed() < 20000); // retried with backoff, then given up
    }

    // Retries and resumption against scripted replies: a 503 is retried after a backoff, and a
    // download cut off halfway goes on with a Range request; the sink sees every byte once.
    void retriesServerErrorsAndResumesBrokenDownloads()
    {
        const QByteArray listing = "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>";
        ScriptedServer server({"HTTP/1.1 503 Slow Down\r\nContent-Length: 60\r\n\r\n<Error><Code>SlowDown</Code><Message>Reduce</Message></Error>  ",
                               "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(listing.size()) + "\r\n\r\n" + listing,
                               "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n01234", // then the connection drops
                               "HTTP/1.1 206 Partial Content\r\nContent-Length: 5\r\n\r\n56789"});
        RepositoryConfig c = config();
        c.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        auto repo = open(c);
        QElapsedTimer timer;
        timer.start();
        auto listed = repo->listObjects(QStringLiteral("app"), QStringLiteral("backups"));
        QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
        QVERIFY(listed->isEmpty());
        QVERIFY(timer.elapsed() >= 450); // backed off before the second try

        struct Collect final : Sink
        {
            QByteArray data;
            Status write(const char *d, size_t n) override
            {
                data.append(d, qsizetype(n));
                return {};
            }
            Status finish() override { return {}; }
        } sink;
        const Status got = repo->readObject(QStringLiteral("app"), QStringLiteral("wal/x"), &sink, nullptr);
        QVERIFY2(got, got ? "" : qPrintable(got.error().message));
        QCOMPARE(sink.data, QByteArray("0123456789"));
        server.wait();
        const QList<QByteArray> requests = server.requests();
        QCOMPARE(requests.size(), 4);
        QVERIFY(!requests.at(2).toLower().contains("range:"));
        QVERIFY2(requests.at(3).toLower().contains("range: bytes=5-"), requests.at(3).constData());
    }

    void cleanupTestCase() { m_s3.reset(); }
};

QTEST_GUILESS_MAIN(TestS3Repository)
#include "TestS3Repository.moc"
