// ZstdDecompressor against frames made by libzstd itself: small to 16 MiB windows, known and
// unknown content sizes, back-references that reach across the decoder's 1 MiB output chunks,
// input in pieces from one byte to everything, several frames with skippable ones between them;
// and truncated, corrupted and trailing bytes, which must be Corrupt, never a crash or wrong
// output. Chunks handed on (Sink::push) must be the content, unmodified after the hand-over.
#define ZSTD_STATIC_LINKING_ONLY // ZSTD_getFrameHeader, ZSTD_writeSkippableFrame
#include "pipeline/ZstdDecompressor.h"

#include <QRandomGenerator>
#include <QTest>
#include <zstd.h>

using namespace lifeboat;

namespace {

// Keeps what it is given: the chunks handed on (shared with the decoder, which keeps the last
// one while it decodes the next) and a private copy of each, to prove none is written to after.
class Collect final : public Sink
{
public:
    QList<QByteArray> shared;
    QByteArray copied;
    bool finished = false;
    Status write(const char *d, size_t n) override
    {
        copied.append(d, qsizetype(n));
        return {};
    }
    Status push(QByteArray chunk) override
    {
        copied.append(chunk.constData(), chunk.size());
        shared.append(std::move(chunk));
        return {};
    }
    Status finish() override
    {
        finished = true;
        return {};
    }
    QByteArray sharedJoined() const
    {
        QByteArray all;
        for (const QByteArray &c : shared)
            all.append(c);
        return all;
    }
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i + 4 <= size; i += 4) {
        const quint32 v = generator.generate();
        memcpy(data.data() + i, &v, 4);
    }
    for (qsizetype i = size - size % 4; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

// Random stretches, some repeated `distance` bytes later: matches that reach back up to the
// window, across the decoder's chunk boundaries; and runs of zeros (RLE blocks).
QByteArray sampleData(qsizetype size, qsizetype distance, quint32 seed)
{
    QByteArray data = randomBytes(size, seed);
    QRandomGenerator generator(seed + 1);
    for (qsizetype at = distance; at + 70000 < size; at += 70000 + qsizetype(generator.bounded(90000))) {
        const qsizetype length = 1000 + qsizetype(generator.bounded(60000));
        if (generator.bounded(4) == 0)
            memset(data.data() + at, 0, size_t(length));
        else
            memcpy(data.data() + at, data.constData() + at - distance, size_t(length));
    }
    return data;
}

QByteArray compress(const QByteArray &data, int level, int windowLog, bool knownSize)
{
    ZSTD_CCtx *ctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(ctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(ctx, ZSTD_c_windowLog, windowLog);
    ZSTD_CCtx_setParameter(ctx, ZSTD_c_checksumFlag, 1);
    if (knownSize)
        ZSTD_CCtx_setPledgedSrcSize(ctx, quint64(data.size()));
    QByteArray out;
    QByteArray buffer(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    // Fed in pieces so that an unknown size stays unknown in the frame header.
    for (qsizetype at = 0;; at += 1 << 16) {
        const bool last = at + (1 << 16) >= data.size();
        ZSTD_inBuffer in{data.constData() + qMin(at, data.size()), size_t(qMin<qsizetype>(1 << 16, qMax<qsizetype>(0, data.size() - at))), 0};
        for (;;) {
            ZSTD_outBuffer o{buffer.data(), size_t(buffer.size()), 0};
            const size_t rc = ZSTD_compressStream2(ctx, &o, &in, last ? ZSTD_e_end : ZSTD_e_continue);
            if (ZSTD_isError(rc))
                qFatal("zstd: %s", ZSTD_getErrorName(rc));
            out.append(buffer.constData(), qsizetype(o.pos));
            if (last ? rc == 0 : in.pos == in.size)
                break;
        }
        if (last)
            break;
    }
    ZSTD_freeCCtx(ctx);
    return out;
}

QByteArray skippable(const QByteArray &content)
{
    QByteArray frame(content.size() + 8, Qt::Uninitialized);
    const size_t n = ZSTD_writeSkippableFrame(frame.data(), size_t(frame.size()), content.constData(), size_t(content.size()), 3);
    if (ZSTD_isError(n))
        qFatal("zstd: %s", ZSTD_getErrorName(n));
    return frame;
}

struct Decoded
{
    Status status;
    Collect sink;
};

// Decodes `bytes` written in pieces of `piece` bytes (0: all at once).
void decode(const QByteArray &bytes, qsizetype piece, Decoded &d)
{
    ZstdDecompressor decoder(&d.sink);
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(1, bytes.size());
    for (qsizetype at = 0; at < bytes.size() && d.status; at += step)
        d.status = decoder.write(bytes.constData() + at, size_t(qMin(step, bytes.size() - at)));
    if (d.status)
        d.status = decoder.finish();
}

} // namespace

class TestZstdDecompressor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("windowLog");
        QTest::addColumn<bool>("knownSize");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("distance");
        QTest::addColumn<int>("piece");
        QTest::newRow("level 1, 512 KiB window, unknown size") << 1 << 19 << false << (5 << 20) << (400 << 10) << 4099;
        QTest::newRow("level 1, 512 KiB window, known size, all at once") << 1 << 19 << true << (5 << 20) << (500 << 10) << 0;
        QTest::newRow("level 3, 1 KiB window (blocks smaller than 128 KiB)") << 3 << 10 << false << (1 << 20) << 900 << 7;
        QTest::newRow("level 19, 1 MiB window") << 19 << 20 << false << (2 << 20) << (900 << 10) << 65536;
        QTest::newRow("level 1, 8 MiB window") << 1 << 23 << false << (20 << 20) << (7 << 20) << (1 << 20);
        QTest::newRow("level 1, 16 MiB window") << 1 << 24 << false << (30 << 20) << (13 << 20) << (1 << 20);
        QTest::newRow("one byte at a time") << 1 << 19 << false << (64 << 10) << (40 << 10) << 1;
        QTest::newRow("empty content") << 3 << 19 << false << 0 << 0 << 0;
    }

    void roundTrips()
    {
        QFETCH(int, level);
        QFETCH(int, windowLog);
        QFETCH(bool, knownSize);
        QFETCH(int, size);
        QFETCH(int, distance);
        QFETCH(int, piece);
        const QByteArray data = sampleData(size, qMax(1, distance), quint32(size + windowLog));
        const QByteArray bytes = compress(data, level, windowLog, knownSize);
        Decoded d;
        decode(bytes, piece, d);
        QVERIFY2(d.status, qPrintable(d.status ? QString() : d.status.error().message));
        QVERIFY(d.sink.finished);
        QCOMPARE(d.sink.copied.size(), data.size());
        QVERIFY(d.sink.copied == data);
        // Handed on without a copy, and nothing written into a chunk after it was handed on.
        QVERIFY(d.sink.sharedJoined() == data);
    }

    // A WAL segment that is nearly all zeros: 16 MiB, an exact multiple of every chunk size.
    void exactMultipleOfTheChunkSize_data()
    {
        QTest::addColumn<int>("windowLog");
        QTest::newRow("512 KiB window") << 19;
        QTest::newRow("16 MiB window") << 24;
    }

    void exactMultipleOfTheChunkSize()
    {
        QFETCH(int, windowLog);
        QByteArray data(16 << 20, '\0');
        data.replace(0, 5, "head!");
        Decoded d;
        decode(compress(data, 1, windowLog, true), 0, d);
        QVERIFY2(d.status, qPrintable(d.status ? QString() : d.status.error().message));
        QVERIFY(d.sink.copied == data);
    }

    void concatenatedAndSkippableFrames_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("all at once") << 0;
        QTest::newRow("5 bytes") << 5;
        QTest::newRow("17 bytes") << 17;
        QTest::newRow("100003 bytes") << 100003;
    }

    void concatenatedAndSkippableFrames()
    {
        QFETCH(int, piece);
        const QByteArray a = sampleData(3 << 20, 300 << 10, 1);
        const QByteArray b = sampleData(2 << 20, 1 << 20, 2);
        const QByteArray c = sampleData(1000, 10, 3);
        const QByteArray bytes = compress(a, 1, 19, false) + skippable("metadata, not content") + compress(b, 1, 24, true)
                                 + compress({}, 1, 19, false) + skippable({}) + compress(c, 3, 10, true);
        Decoded d;
        decode(bytes, piece, d);
        QVERIFY2(d.status, qPrintable(d.status ? QString() : d.status.error().message));
        QVERIFY(d.sink.copied == a + b + c);
        QVERIFY(d.sink.sharedJoined() == a + b + c);
    }

    void truncationIsNamed_data()
    {
        QTest::addColumn<int>("windowLog");
        QTest::addColumn<int>("cut"); // bytes kept; negative: bytes dropped from the end
        for (int windowLog : {19, 24}) {
            const QString path = QStringLiteral("window 2^%1").arg(windowLog);
            QTest::newRow(qPrintable(path + QStringLiteral(": nothing"))) << windowLog << 0;
            QTest::newRow(qPrintable(path + QStringLiteral(": inside the magic"))) << windowLog << 3;
            QTest::newRow(qPrintable(path + QStringLiteral(": inside the header"))) << windowLog << 5;
            QTest::newRow(qPrintable(path + QStringLiteral(": inside a block"))) << windowLog << 5000;
            QTest::newRow(qPrintable(path + QStringLiteral(": without the checksum"))) << windowLog << -4;
            QTest::newRow(qPrintable(path + QStringLiteral(": one byte short"))) << windowLog << -1;
        }
    }

    void truncationIsNamed()
    {
        QFETCH(int, windowLog);
        QFETCH(int, cut);
        const QByteArray bytes = compress(sampleData(1 << 20, 1000, 9), 1, windowLog, false);
        Decoded d;
        decode(bytes.left(cut >= 0 ? cut : bytes.size() + cut), 1000, d);
        QVERIFY(!d.status);
        QCOMPARE(d.status.error().code, ErrorCode::Corrupt);
        QVERIFY2(d.status.error().message.contains(QLatin1String("truncated")), qPrintable(d.status.error().message));
        QVERIFY(!d.sink.finished);
    }

    void corruptionIsDetected_data()
    {
        QTest::addColumn<int>("windowLog");
        QTest::addColumn<int>("at"); // negative: from the end
        for (int windowLog : {19, 24}) {
            const QString path = QStringLiteral("window 2^%1").arg(windowLog);
            QTest::newRow(qPrintable(path + QStringLiteral(": magic"))) << windowLog << 1;
            QTest::newRow(qPrintable(path + QStringLiteral(": a block"))) << windowLog << 20000;
            QTest::newRow(qPrintable(path + QStringLiteral(": the checksum"))) << windowLog << -2;
        }
    }

    void corruptionIsDetected()
    {
        QFETCH(int, windowLog);
        QFETCH(int, at);
        const QByteArray data = sampleData(1 << 20, 1000, 11);
        QByteArray bytes = compress(data, 1, windowLog, false);
        const qsizetype position = at >= 0 ? at : bytes.size() + at;
        bytes[position] = char(bytes[position] ^ 0x5a);
        Decoded d;
        decode(bytes, 4096, d);
        QVERIFY(!d.status);
        QCOMPARE(d.status.error().code, ErrorCode::Corrupt);
        QVERIFY(!d.sink.finished);
    }

    void trailingBytesAreCorrupt()
    {
        const QByteArray data = sampleData(100000, 1000, 12);
        Decoded d;
        decode(compress(data, 1, 19, false) + QByteArray("this is not a zstd frame at all"), 0, d);
        QVERIFY(!d.status);
        QCOMPARE(d.status.error().code, ErrorCode::Corrupt);
    }

    // Larger than the 128 MiB zstd allows by default: refused, not allocated.
    void hugeWindowIsRefused()
    {
        const QByteArray data = sampleData(1 << 20, 1000, 13);
        QByteArray bytes = compress(data, 1, 19, false);
        ZSTD_frameHeader header{};
        QCOMPARE(ZSTD_getFrameHeader(&header, bytes.constData(), size_t(bytes.size())), size_t(0));
        // Frame header descriptor (byte 4) without single-segment: the window descriptor follows;
        // exponent 31 - 10 = 21 gives a 2 GiB window.
        QVERIFY((bytes[4] & 0x20) == 0);
        bytes[5] = char(21 << 3);
        Decoded d;
        decode(bytes, 0, d);
        QVERIFY(!d.status);
        QCOMPARE(d.status.error().code, ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestZstdDecompressor)
#include "TestZstdDecompressor.moc"
