// DirectReader, through pumpFile(…, ReadCache::Bypass): every size around the 4096-byte alignment
// and the 1 MiB chunks arrives whole and in order, from a file still in the page cache and from
// one on tmpfs; a failed read (a folder) comes back as one error naming the path; a sink that
// fails stops the read-ahead thread without a hang, and so does a slow sink with every buffer full.
#include "pipeline/BufferSink.h"
#include "pipeline/DirectReader.h"
#include "pipeline/StreamChain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <fcntl.h>
#include <unistd.h>

using namespace lifeboat;

namespace {
QByteArray pattern(qint64 size)
{
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < data.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Fails after `limit` bytes; optionally slow, so that the reader fills every buffer.
class StopSink final : public Sink
{
public:
    explicit StopSink(qint64 limit, int delayMs = 0) : m_limit(limit), m_delayMs(delayMs) {}
    Status write(const char *, size_t size) override
    {
        if (m_delayMs)
            QThread::msleep(m_delayMs);
        m_seen += qint64(size);
        if (m_seen >= m_limit)
            return fail(ErrorCode::Failed, QStringLiteral("sink stops"));
        return {};
    }
    Status finish() override { return {}; }

private:
    qint64 m_seen = 0;
    qint64 m_limit;
    int m_delayMs;
};
} // namespace

class TestDirectReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySizeWhole_data()
    {
        QTest::addColumn<qint64>("size");
        for (qint64 size : {0LL, 1LL, 511LL, 4095LL, 4096LL, 4097LL, 65536LL + 3, (1LL << 20) - 1, 1LL << 20, (1LL << 20) + 1,
                            (5LL << 20) + 123, 9LL << 20})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void readsEverySizeWhole()
    {
        QFETCH(qint64, size);
        const QByteArray data = pattern(size);
        // The temporary folder (a disk file system here) and tmpfs, where O_DIRECT may be refused.
        QTemporaryDir disk;
        QTemporaryDir shm(QStringLiteral("/dev/shm/lifeboat-test-XXXXXX"));
        for (const QTemporaryDir *dir : {&disk, &shm}) {
            if (!dir->isValid())
                continue;
            const QString path = dir->filePath(QStringLiteral("artifact"));
            QVERIFY(writeFile(path, data)); // still in the page cache: O_DIRECT must see it anyway
            for (ReadCache cache : {ReadCache::Bypass, ReadCache::Use}) {
                BufferSink sink(qint64(64) << 20);
                const Status st = pumpFile(path, &sink, nullptr, cache);
                QVERIFY2(st.has_value(), st ? "" : qPrintable(st.error().message));
                QCOMPARE(sink.data().size(), data.size());
                QVERIFY(sink.data() == data);
            }
        }
        QVERIFY(disk.isValid());
    }

    void chunksComeInFileOrderAndStayAtTheEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        const QByteArray data = pattern((3 << 20) + 7);
        QVERIFY(writeFile(path, data));
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_DIRECT);
        QVERIFY(fd >= 0);
        QByteArray got;
        {
            DirectReader reader(fd);
            for (;;) {
                auto [chunk, n] = reader.next();
                QVERIFY(n >= 0);
                if (n == 0)
                    break;
                got.append(chunk, qsizetype(n));
            }
            QCOMPARE(reader.next().second, ssize_t(0)); // asking again after the end is harmless
        }
        ::close(fd);
        QVERIFY(got == data);
    }

    void aFailedReadNamesThePath()
    {
        QTemporaryDir dir;
        BufferSink sink;
        const Status st = pumpFile(dir.path(), &sink, nullptr, ReadCache::Bypass); // read(2) on a folder: EISDIR
        QVERIFY(!st.has_value());
        QVERIFY2(st.error().message.contains(dir.path()), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(QStringLiteral("cannot read")), qPrintable(st.error().message));
    }

    void aMissingFileNamesThePath()
    {
        QTemporaryDir dir;
        BufferSink sink;
        const QString path = dir.filePath(QStringLiteral("gone"));
        const Status st = pumpFile(path, &sink, nullptr, ReadCache::Bypass);
        QVERIFY(!st.has_value());
        QCOMPARE(st.error().code, ErrorCode::NotFound);
        QVERIFY(st.error().message.contains(path));
    }

    void aFailingSinkStopsTheReadAhead_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("fast sink") << 0;
        QTest::newRow("slow sink, every buffer full") << 30;
    }

    void aFailingSinkStopsTheReadAhead()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big"));
        QVERIFY(writeFile(path, pattern(12 << 20)));
        StopSink sink(qint64(2) << 20, delayMs);
        QElapsedTimer timer;
        timer.start();
        const Status st = pumpFile(path, &sink, nullptr, ReadCache::Bypass);
        QVERIFY(!st.has_value());
        QCOMPARE(st.error().message, QStringLiteral("sink stops"));
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestDirectReader)
#include "TestDirectReader.moc"
