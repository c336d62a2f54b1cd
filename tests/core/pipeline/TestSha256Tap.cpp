// Sha256Tap: hashing beside the next stage gives the same hash and the same bytes downstream as
// hashing inline, for pieces below, at and above the hand-off size; a failing next stage still
// fails the write.
#include "pipeline/Sha256Tap.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace lifeboat;

namespace {

class Collect final : public Sink
{
public:
    QByteArray data;
    qint64 failAfter = -1;
    Status write(const char *d, size_t n) override
    {
        if (failAfter >= 0 && data.size() + qint64(n) > failAfter)
            return fail(ErrorCode::DiskFull, QStringLiteral("full"));
        data.append(d, qsizetype(n));
        return {};
    }
    Status finish() override { return {}; }
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

} // namespace

class TestSha256Tap : public QObject
{
    Q_OBJECT

private slots:
    void besideEqualsInline_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("just under the hand-off") << (64 << 10) - 1;
        QTest::newRow("the hand-off size") << (64 << 10);
        QTest::newRow("half a MiB") << (512 << 10);
        QTest::newRow("odd and large") << 700'001;
    }

    void besideEqualsInline()
    {
        QFETCH(int, piece);
        const QByteArray input = randomBytes(3 << 20);
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
        for (auto mode : {Sha256Tap::Mode::Inline, Sha256Tap::Mode::Beside}) {
            Collect out;
            Sha256Tap tap(&out, mode);
            for (qsizetype at = 0; at < input.size(); at += piece)
                QVERIFY(tap.write(input.constData() + at, size_t(qMin<qsizetype>(piece, input.size() - at))));
            QVERIFY(tap.finish());
            QCOMPARE(tap.hex(), expected);
            QCOMPARE(tap.bytes(), input.size());
            QVERIFY(out.data == input);
        }
    }

    void besideReportsTheNextStagesFailure()
    {
        const QByteArray input = randomBytes(4 << 20);
        Collect out;
        out.failAfter = 1 << 20;
        Sha256Tap tap(&out, Sha256Tap::Mode::Beside);
        Status status;
        for (qsizetype at = 0; at < input.size() && status; at += 256 << 10)
            status = tap.write(input.constData() + at, 256 << 10);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::DiskFull);
    }
};

QTEST_GUILESS_MAIN(TestSha256Tap)
#include "TestSha256Tap.moc"
