#include "TestSupport.h"
#include "pipeline/FileSink.h"
#include "pipeline/StreamChain.h"
#include "config/ConfigLoader.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

namespace {

// Collects everything written, for round trips in memory.
class BufferSink final : public Sink
{
public:
    QByteArray data;
    bool finished = false;
    Status write(const char *d, size_t n) override
    {
        data.append(d, qsizetype(n));
        return {};
    }
    Status finish() override
    {
        finished = true;
        return {};
    }
};

// Full-disk stand-in: fails with ENOSPC after `limit` bytes, as a write(2) on a full disk does.
class FullDiskSink final : public Sink
{
public:
    explicit FullDiskSink(qint64 limit)
        : m_limit(limit)
    {
    }
    Status write(const char *, size_t n) override
    {
        m_written += qint64(n);
        if (m_written > m_limit)
            return fail(ErrorCode::DiskFull, QStringLiteral("disk full"));
        return {};
    }
    Status finish() override { return {}; }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

QByteArray sampleData(int size)
{
    // Half compressible text, half random: exercises both kinds of zstd blocks.
    QByteArray data;
    data.reserve(size);
    QRandomGenerator rng(42);
    while (data.size() < size) {
        data.append("INSERT INTO tools VALUES ('weather', 'https://example.com/api');\n");
        const quint32 r = rng.generate();
        data.append(reinterpret_cast<const char *>(&r), sizeof r);
    }
    data.truncate(size);
    return data;
}

Status feed(Sink *sink, const QByteArray &data, int chunk = 64 * 1024)
{
    for (int pos = 0; pos < data.size(); pos += chunk)
        LB_TRY(sink->write(data.constData() + pos, size_t(qMin(chunk, int(data.size()) - pos))));
    return {};
}

struct Encoded
{
    QByteArray bytes;
    QString storedSha;
    QString contentSha;
};

Encoded encode(const EncodeSettings &settings, const QByteArray &data)
{
    BufferSink out;
    auto chain = StreamChain::encoder(settings, &out);
    if (!chain)
        qFatal("encoder: %s", qPrintable(chain.error().message));
    auto st = feed((*chain)->input(), data);
    if (st)
        st = (*chain)->finish();
    if (!st)
        qFatal("encode: %s", qPrintable(st.error().message));
    return {out.data, (*chain)->storedSha256(), (*chain)->contentSha256()};
}

Result<QByteArray> decode(const DecodeSettings &settings, const QByteArray &bytes)
{
    BufferSink out;
    auto chain = StreamChain::decoder(settings, &out);
    if (!chain)
        return fail(chain.error());
    LB_TRY(feed((*chain)->input(), bytes, 4096 + 17));
    LB_TRY((*chain)->finish());
    return out.data;
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestStreamChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_passFile;

    EncodeSettings settingsFor(const QString &compression, const QString &encryption) const
    {
        EncodeSettings s;
        s.compression = *ConfigLoader::parseCompression(compression);
        s.workers = 2;
        s.encrypt = encryption != QLatin1String("none");
        if (encryption == QLatin1String("password"))
            s.openPgp.passphrase = "correct horse battery staple";
        if (encryption == QLatin1String("public-key"))
            s.openPgp.recipientFiles = {test::demoKey("demo-backup-key.pub.asc")};
        return s;
    }

    DecodeSettings decodeFor(const QString &encryption) const
    {
        DecodeSettings d;
        d.encrypted = encryption != QLatin1String("none");
        if (encryption == QLatin1String("password"))
            d.openPgp.passphrase = "correct horse battery staple";
        if (encryption == QLatin1String("public-key"))
            d.openPgp.secretKeyFiles = {test::demoKey("demo-backup-key.sec.asc")};
        return d;
    }

private slots:
    void roundTripsEveryCombination_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("encryption");
        for (const char *c : {"none", "zstd:1", "zstd:3", "gzip:6"})
            for (const char *e : {"none", "password", "public-key"})
                QTest::newRow(qPrintable(QStringLiteral("%1 + %2").arg(QLatin1String(c), QLatin1String(e))))
                    << QString::fromLatin1(c) << QString::fromLatin1(e);
    }

    void roundTripsEveryCombination()
    {
        QFETCH(QString, compression);
        QFETCH(QString, encryption);
        const QByteArray data = sampleData(3 * 1024 * 1024 + 123);
        const Encoded enc = encode(settingsFor(compression, encryption), data);
        QCOMPARE(enc.contentSha, sha(data));
        QCOMPARE(enc.storedSha, sha(enc.bytes));
        if (compression != QLatin1String("none") || encryption != QLatin1String("none"))
            QVERIFY(enc.bytes != data);
        QCOMPARE(StreamChain::looksLikeOpenPgp(enc.bytes.left(4)), encryption != QLatin1String("none"));
        auto decoded = decode(decodeFor(encryption), enc.bytes);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(sha(*decoded), sha(data));
    }

    // A mostly empty WAL segment: 16 MiB that compress to ~1 KB, an exact multiple of zstd's
    // output buffer. The decoder once took the frame's end for a truncation here.
    void exactMultipleOfOutputBufferRoundTrips()
    {
        QByteArray data(16 * 1024 * 1024, '\0');
        data.replace(0, 5, "head!");
        const Encoded enc = encode(settingsFor(QStringLiteral("zstd:1"), QStringLiteral("none")), data);
        QVERIFY(enc.bytes.size() < 64 * 1024);
        auto decoded = decode(decodeFor(QStringLiteral("none")), enc.bytes);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(sha(*decoded), sha(data));
    }

    void emptyInputRoundTrips()
    {
        const Encoded enc = encode(settingsFor(QStringLiteral("zstd:3"), QStringLiteral("password")), {});
        auto decoded = decode(decodeFor(QStringLiteral("password")), enc.bytes);
        QVERIFY(decoded);
        QVERIFY(decoded->isEmpty());
    }

    void corruptionIsDetected_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("encryption");
        QTest::addColumn<bool>("truncate");
        for (const char *c : {"zstd:3", "gzip:6"})
            for (const char *e : {"none", "password", "public-key"})
                for (bool t : {false, true})
                    QTest::newRow(qPrintable(QStringLiteral("%1 + %2, %3").arg(QLatin1String(c), QLatin1String(e), t ? QStringLiteral("truncated") : QStringLiteral("flipped byte"))))
                        << QString::fromLatin1(c) << QString::fromLatin1(e) << t;
    }

    void corruptionIsDetected()
    {
        QFETCH(QString, compression);
        QFETCH(QString, encryption);
        QFETCH(bool, truncate);
        const QByteArray data = sampleData(1024 * 1024);
        QByteArray bytes = encode(settingsFor(compression, encryption), data).bytes;
        if (truncate)
            bytes.chop(bytes.size() / 3);
        else
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x5a);
        auto decoded = decode(decodeFor(encryption), bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
    }

    void wrongPassphraseIsNamed()
    {
        const QByteArray bytes = encode(settingsFor(QStringLiteral("zstd:3"), QStringLiteral("password")), sampleData(10000)).bytes;
        DecodeSettings d;
        d.encrypted = true;
        d.openPgp.passphrase = "not the passphrase";
        auto decoded = decode(d, bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(decoded.error().message.contains(QStringLiteral("passphrase")));
    }

    void missingSecretKeyIsNamed()
    {
        const QByteArray bytes = encode(settingsFor(QStringLiteral("zstd:3"), QStringLiteral("public-key")), sampleData(10000)).bytes;
        DecodeSettings d;
        d.encrypted = true; // no secret key configured: what a database host with only the public key has
        auto decoded = decode(d, bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::MissingKey);
        QVERIFY(decoded.error().message.contains(QStringLiteral("secret_keys")));
    }

    void missingRecipientFileIsAConfigError()
    {
        EncodeSettings s = settingsFor(QStringLiteral("zstd:3"), QStringLiteral("public-key"));
        s.openPgp.recipientFiles = {QStringLiteral("/nonexistent/key.asc")};
        BufferSink out;
        auto chain = StreamChain::encoder(s, &out);
        QVERIFY(!chain);
        QCOMPARE(chain.error().code, ErrorCode::InvalidConfig);
        QVERIFY(chain.error().message.contains(QStringLiteral("/nonexistent/key.asc")));
    }

    void fullDiskStopsTheStream()
    {
        // Full-disk stand-in (see FullDiskSink): the error travels up through every stage,
        // including the OpenPGP thread.
        FullDiskSink out(200 * 1024);
        auto chain = StreamChain::encoder(settingsFor(QStringLiteral("none"), QStringLiteral("password")), &out);
        QVERIFY(chain);
        Status st = feed((*chain)->input(), sampleData(4 * 1024 * 1024));
        if (st)
            st = (*chain)->finish();
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::DiskFull);
    }

    void fileSinkRefusesToReplaceAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists"));
        test::writeFile(path, "old");
        FileSink sink;
        auto st = sink.open(path);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(path), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestStreamChain)
#include "TestStreamChain.moc"
