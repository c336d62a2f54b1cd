// ThreadedSink: chunks reach the next stage whole and in order; drain() waits for them and lets
// more follow; the next stage's first error comes back from a later push or drain, and a sink
// destroyed undrained (a failed or cancelled stream) neither hangs nor writes on.
#include "pipeline/ThreadedSink.h"

#include <QTest>
#include <atomic>
#include <thread>

using namespace lifeboat;

namespace {

class Slow final : public Sink
{
public:
    QByteArray data;
    std::atomic<int> writes{0};
    int failAt = -1;
    Status write(const char *d, size_t n) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (writes++ == failAt)
            return fail(ErrorCode::DiskFull, QStringLiteral("no space left"));
        data.append(d, qsizetype(n));
        return {};
    }
    bool finished = false;
    Status finish() override
    {
        finished = true;
        return {};
    }
};

} // namespace

class TestThreadedSink : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrderAndDrains()
    {
        Slow next;
        QByteArray expected;
        {
            ThreadedSink sink(&next, 3);
            for (int i = 0; i < 50; ++i) {
                const QByteArray chunk(1000 + i, char('a' + i % 26));
                expected += chunk;
                QVERIFY(i % 2 ? sink.push(chunk) : sink.write(chunk.constData(), size_t(chunk.size())));
                if (i == 20) {
                    QVERIFY(sink.drain());
                    QCOMPARE(next.data.size(), expected.size());
                }
            }
            QVERIFY(sink.drain());
            QVERIFY(!next.finished);
            QVERIFY(sink.finish());
        }
        QVERIFY(next.finished);
        QVERIFY(next.data == expected);
    }

    void theNextStagesErrorComesBack()
    {
        Slow next;
        next.failAt = 5;
        ThreadedSink sink(&next, 2);
        Status status;
        for (int i = 0; i < 100 && status; ++i)
            status = sink.push(QByteArray(4096, 'x'));
        if (status)
            status = sink.drain();
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::DiskFull);
        QVERIFY(!sink.drain());
        QCOMPARE(next.data.size(), 5 * 4096);
    }

    void destroyedUndrainedDropsTheRest()
    {
        Slow next;
        {
            ThreadedSink sink(&next, 64);
            for (int i = 0; i < 64; ++i)
                QVERIFY(sink.push(QByteArray(100, 'y')));
        }
        QVERIFY(next.writes < 64); // the queue was dropped, not written out
        QVERIFY(!next.finished);
    }
};

QTEST_GUILESS_MAIN(TestThreadedSink)
#include "TestThreadedSink.moc"
