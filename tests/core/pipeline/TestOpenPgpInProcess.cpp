// In-process decryption of SEIPD (OpenPgpSessionKey + SeipdDecoder, behind OpenPgpStage): what
// Lifeboat writes for a Curve25519 key decrypts without librnp, whole, for every size and however
// the bytes are split; real gpg's output for that key does too, and what the fast path does not
// cover (compressed gpg output, passwords) still decrypts through librnp. A changed byte anywhere
// in the ciphertext, the MDC, a truncation or trailing data is refused as Corrupt.
#include "TestSupport.h"
#include "pipeline/BufferSink.h"
#include "pipeline/OpenPgpKeyring.h"
#include "pipeline/OpenPgpStage.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

QByteArray sampleData(qsizetype size)
{
    QByteArray data;
    data.reserve(size + 64);
    for (quint32 i = 0; data.size() < size; ++i)
        data.append(QByteArray::number(i * 2654435761u));
    data.truncate(size);
    return data;
}

OpenPgpSettings publicKey()
{
    OpenPgpSettings s;
    s.recipientFiles = {demoKey("demo-backup-key.pub.asc")};
    return s;
}

OpenPgpSettings secretKey()
{
    OpenPgpSettings s;
    s.secretKeyFiles = {demoKey("demo-backup-key.sec.asc")};
    return s;
}

Result<QByteArray> encrypt(const OpenPgpSettings &settings, const QByteArray &data)
{
    auto keyring = OpenPgpKeyring::create(settings, OpenPgpKeyring::Purpose::Encrypt);
    if (!keyring)
        return fail(keyring.error());
    BufferSink out;
    OpenPgpStage stage(&out, std::move(*keyring), OpenPgpStage::Mode::Encrypt);
    LB_TRY(stage.write(data.constData(), size_t(data.size())));
    LB_TRY(stage.finish());
    return out.data();
}

struct Decrypted
{
    Status status;
    QByteArray data;
    bool inProcess = false;
};

Decrypted decrypt(const OpenPgpSettings &settings, const QByteArray &message, qsizetype piece)
{
    Decrypted d;
    auto keyring = OpenPgpKeyring::create(settings, OpenPgpKeyring::Purpose::Decrypt);
    if (!keyring) {
        d.status = fail(keyring.error());
        return d;
    }
    BufferSink out;
    OpenPgpStage stage(&out, std::move(*keyring), OpenPgpStage::Mode::Decrypt);
    for (qsizetype pos = 0; pos < message.size() && d.status; pos += piece)
        d.status = stage.write(message.constData() + pos, size_t(std::min(piece, message.size() - pos)));
    if (d.status)
        d.status = stage.finish();
    d.inProcess = stage.decryptsInProcess();
    d.data = out.data();
    return d;
}

} // namespace

class TestOpenPgpInProcess : public QObject
{
    Q_OBJECT

private slots:
    void lifeboatOutputDecryptsInProcess_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("piece");
        QTest::newRow("empty") << 0 << 4096;
        QTest::newRow("one byte") << 1 << 4096;
        QTest::newRow("small, byte by byte") << 3000 << 1;
        QTest::newRow("3 MiB in odd pieces") << (3 * 1024 * 1024 + 123) << (4096 + 17);
        QTest::newRow("3 MiB in one piece") << (3 * 1024 * 1024 + 123) << (16 * 1024 * 1024);
    }

    void lifeboatOutputDecryptsInProcess()
    {
        QFETCH(int, size);
        QFETCH(int, piece);
        const QByteArray data = sampleData(size);
        auto message = encrypt(publicKey(), data);
        QVERIFY2(message, qPrintable(message ? QString() : message.error().message));
        const Decrypted d = decrypt(secretKey(), *message, piece);
        QVERIFY2(d.status, qPrintable(d.status ? QString() : d.status.error().message));
        QVERIFY(d.inProcess);
        QCOMPARE(d.data.size(), data.size());
        QVERIFY(d.data == data);
    }

    void gpgOutputDecrypts_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("inProcess");
        QTest::newRow("uncompressed: in process") << QStringList{QStringLiteral("--compress-algo"), QStringLiteral("none")} << true;
        QTest::newRow("compressed: librnp") << QStringList{QStringLiteral("--compress-algo"), QStringLiteral("zlib")} << false;
    }

    void gpgOutputDecrypts()
    {
        QFETCH(QStringList, extra);
        QFETCH(bool, inProcess);
        QTemporaryDir dir;
        GpgHome gpg;
        const QByteArray data = sampleData(2 * 1024 * 1024 + 5);
        writeFile(dir.filePath(QStringLiteral("in")), data);
        const auto r = gpg.gpg(QStringList{QStringLiteral("--encrypt"), QStringLiteral("--recipient"), gpg.recipient()} + extra
                               + QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("in.gpg")), dir.filePath(QStringLiteral("in"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Decrypted d = decrypt(secretKey(), readFile(dir.filePath(QStringLiteral("in.gpg"))), 65536 + 3);
        QVERIFY2(d.status, qPrintable(d.status ? QString() : d.status.error().message));
        QCOMPARE(d.inProcess, inProcess);
        QVERIFY(d.data == data);
    }

    void passwordGoesThroughLibrnp()
    {
        OpenPgpSettings s;
        s.passphrase = "correct horse battery staple";
        const QByteArray data = sampleData(100000);
        auto message = encrypt(s, data);
        QVERIFY(message);
        const Decrypted d = decrypt(s, *message, 4096);
        QVERIFY2(d.status, qPrintable(d.status ? QString() : d.status.error().message));
        QVERIFY(!d.inProcess);
        QVERIFY(d.data == data);
    }

    void damageIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("bit flip in the first block") << QStringLiteral("flip-start");
        QTest::newRow("bit flip in the middle") << QStringLiteral("flip-middle");
        QTest::newRow("bit flip in the MDC") << QStringLiteral("flip-mdc");
        QTest::newRow("truncated by one byte") << QStringLiteral("truncate-1");
        QTest::newRow("truncated in the middle") << QStringLiteral("truncate-half");
        QTest::newRow("trailing garbage") << QStringLiteral("append");
    }

    void damageIsRefused()
    {
        QFETCH(QString, damage);
        const QByteArray data = sampleData(1024 * 1024 + 77);
        auto message = encrypt(publicKey(), data);
        QVERIFY(message);
        QByteArray bad = *message;
        const qsizetype n = bad.size();
        if (damage == QLatin1String("flip-start"))
            bad[n - qsizetype(data.size()) - 10] = char(bad[n - qsizetype(data.size()) - 10] ^ 0x01); // inside the prefix / literal header
        else if (damage == QLatin1String("flip-middle"))
            bad[n / 2] = char(bad[n / 2] ^ 0x40);
        else if (damage == QLatin1String("flip-mdc"))
            bad[n - 3] = char(bad[n - 3] ^ 0x80);
        else if (damage == QLatin1String("truncate-1"))
            bad.chop(1);
        else if (damage == QLatin1String("truncate-half"))
            bad.truncate(n / 2);
        else
            bad.append("garbage after the message");
        const Decrypted d = decrypt(secretKey(), bad, 65536);
        QVERIFY2(!d.status, qPrintable(damage));
        QCOMPARE(d.status.error().code, ErrorCode::Corrupt);
        QVERIFY2(d.status.error().message.contains(QStringLiteral("corrupt")), qPrintable(d.status.error().message));
    }

    // A key that is not a recipient of the message: librnp gives the usual missing-key error.
    void foreignKeyFallsBackToLibrnpsError()
    {
        QTemporaryDir dir;
        GpgHome gpg;
        const auto gen = gpg.gpg({QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-generate-key"),
                                  QStringLiteral("Other <other@lifeboat.invalid>"), QStringLiteral("future-default"), QStringLiteral("default"), QStringLiteral("never")});
        QVERIFY2(gen.exitCode == 0, gen.err.constData());
        writeFile(dir.filePath(QStringLiteral("in")), "secret data");
        const auto r = gpg.gpg({QStringLiteral("--trust-model"), QStringLiteral("always"), QStringLiteral("--encrypt"), QStringLiteral("--recipient"),
                                QStringLiteral("other@lifeboat.invalid"), QStringLiteral("--compress-algo"), QStringLiteral("none"), QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("in.gpg")), dir.filePath(QStringLiteral("in"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Decrypted d = decrypt(secretKey(), readFile(dir.filePath(QStringLiteral("in.gpg"))), 4096);
        QVERIFY(!d.status);
        QVERIFY(!d.inProcess);
        QCOMPARE(d.status.error().code, ErrorCode::MissingKey);
        QVERIFY(d.data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenPgpInProcess)
#include "TestOpenPgpInProcess.moc"
