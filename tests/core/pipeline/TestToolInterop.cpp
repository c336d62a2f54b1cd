// Interop with the real command-line tools, both directions: what Lifeboat writes must open
// with plain gpg/zstd/gunzip (ARCHITECTURE.md promise 3), and what they write must restore
// through Lifeboat.
#include "TestSupport.h"
#include "config/ConfigLoader.h"
#include "pipeline/FileSink.h"
#include "pipeline/StreamChain.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestToolInterop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_pass = "interop passphrase 42";

    QString file(const QString &name) const { return m_dir.filePath(name); }

    QByteArray sample() const
    {
        QByteArray data;
        for (int i = 0; i < 60000; ++i)
            data.append(QByteArray::number(i * 7919 % 100003) + ",weather_tool,https://example.com/api/v1\n");
        return data;
    }

    Status encodeFile(const QString &in, const QString &out, const QString &compression, const QString &encryption)
    {
        EncodeSettings s;
        s.compression = *ConfigLoader::parseCompression(compression);
        s.encrypt = encryption != QLatin1String("none");
        if (encryption == QLatin1String("password"))
            s.openPgp.passphrase = m_pass;
        if (encryption == QLatin1String("public-key"))
            s.openPgp.recipientFiles = {demoKey("demo-backup-key.pub.asc")};
        QFile::remove(out);
        FileSink sink;
        LB_TRY(sink.open(out));
        auto chain = StreamChain::encoder(s, &sink);
        if (!chain)
            return fail(chain.error());
        LB_TRY(pumpFile(in, (*chain)->input(), nullptr));
        return (*chain)->finish();
    }

    Result<QByteArray> decodeFile(const QString &in, const QString &encryption)
    {
        DecodeSettings d;
        d.encrypted = StreamChain::looksLikeOpenPgp(readFile(in).left(4));
        if (encryption == QLatin1String("password"))
            d.openPgp.passphrase = m_pass;
        if (encryption == QLatin1String("public-key"))
            d.openPgp.secretKeyFiles = {demoKey("demo-backup-key.sec.asc")};
        const QString out = in + QStringLiteral(".decoded");
        QFile::remove(out);
        FileSink sink;
        LB_TRY(sink.open(out));
        auto chain = StreamChain::decoder(d, &sink);
        if (!chain)
            return fail(chain.error());
        LB_TRY(pumpFile(in, (*chain)->input(), nullptr));
        LB_TRY((*chain)->finish());
        return readFile(out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(file(QStringLiteral("plain")), sample());
        writeSecretFile(file(QStringLiteral("pass")), m_pass + "\n");
    }

    void lifeboatOutputOpensWithPlainTools_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("encryption");
        for (const char *c : {"none", "zstd:3", "gzip:6"})
            for (const char *e : {"none", "password", "public-key"})
                QTest::newRow(qPrintable(QStringLiteral("%1 + %2").arg(QLatin1String(c), QLatin1String(e))))
                    << QString::fromLatin1(c) << QString::fromLatin1(e);
    }

    void lifeboatOutputOpensWithPlainTools()
    {
        QFETCH(QString, compression);
        QFETCH(QString, encryption);
        GpgHome gpg;
        const QString out = file(QStringLiteral("lifeboat.out"));
        auto st = encodeFile(file(QStringLiteral("plain")), out, compression, encryption);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));

        QByteArray bytes = readFile(out);
        if (encryption != QLatin1String("none")) {
            QStringList args{QStringLiteral("--decrypt")};
            if (encryption == QLatin1String("password"))
                args = QStringList{QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))} + args;
            const auto r = gpg.gpg(args + QStringList{out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            bytes = r.out;
        }
        if (compression.startsWith(QLatin1String("zstd"))) {
            const auto r = run(QStringLiteral("zstd"), {QStringLiteral("-dc")}, bytes);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            bytes = r.out;
        } else if (compression.startsWith(QLatin1String("gzip"))) {
            const auto r = run(QStringLiteral("gzip"), {QStringLiteral("-dc")}, bytes);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            bytes = r.out;
        }
        QCOMPARE(bytes.size(), sample().size());
        QVERIFY(bytes == sample());
    }

    void plainToolOutputRestoresThroughLifeboat_data()
    {
        QTest::addColumn<QString>("compressor");
        QTest::addColumn<QString>("encryption");
        for (const char *c : {"none", "zstd", "gzip"})
            for (const char *e : {"none", "password", "public-key"})
                QTest::newRow(qPrintable(QStringLiteral("%1 then gpg %2").arg(QLatin1String(c), QLatin1String(e))))
                    << QString::fromLatin1(c) << QString::fromLatin1(e);
    }

    void plainToolOutputRestoresThroughLifeboat()
    {
        QFETCH(QString, compressor);
        QFETCH(QString, encryption);
        GpgHome gpg;
        QByteArray bytes = sample();
        if (compressor != QLatin1String("none")) {
            const auto r = run(compressor, {QStringLiteral("-c")}, bytes);
            QCOMPARE(r.exitCode, 0);
            bytes = r.out;
        }
        const QString in = file(QStringLiteral("tool.out"));
        writeFile(in, bytes);
        if (encryption == QLatin1String("password")) {
            const auto r = gpg.gpg({QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")), QStringLiteral("--symmetric"),
                                    QStringLiteral("--cipher-algo"), QStringLiteral("AES256"), QStringLiteral("--compress-algo"),
                                    QStringLiteral("none"), QStringLiteral("-o"), in + QStringLiteral(".gpg"), in});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        } else if (encryption == QLatin1String("public-key")) {
            const auto r = gpg.gpg({QStringLiteral("--encrypt"), QStringLiteral("--recipient"), gpg.recipient(),
                                    QStringLiteral("-o"), in + QStringLiteral(".gpg"), in});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QString source = encryption == QLatin1String("none") ? in : in + QStringLiteral(".gpg");
        auto decoded = decodeFile(source, encryption);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QVERIFY(*decoded == sample());
        QFile::remove(in + QStringLiteral(".gpg"));
    }

    void unprotectedOpenPgpIsRefused_data()
    {
        QTest::addColumn<QStringList>("gpgArgs");
        QTest::addColumn<QString>("encryption");
        // Legacy symmetric encryption without integrity protection (no MDC).
        QTest::newRow("gpg --rfc2440 -c (no integrity protection)")
            << QStringList{QStringLiteral("--rfc2440"), QStringLiteral("--cipher-algo"), QStringLiteral("AES256"),
                           QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")), QStringLiteral("--symmetric")}
            << QStringLiteral("password");
        // A literal data packet only: OpenPGP, but not encrypted at all.
        QTest::newRow("gpg --store (plain OpenPGP data)") << QStringList{QStringLiteral("--store")} << QStringLiteral("none");
    }

    void unprotectedOpenPgpIsRefused()
    {
        QFETCH(QStringList, gpgArgs);
        QFETCH(QString, encryption);
        GpgHome gpg;
        const QString in = file(QStringLiteral("unprotected"));
        writeFile(in, sample());
        const auto r = gpg.gpg(QStringList{QStringLiteral("--compress-algo"), QStringLiteral("none"), QStringLiteral("-o"),
                                           in + QStringLiteral(".gpg")} + gpgArgs + QStringList{in});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Decode it as an encrypted backup, the way a restore of a .gpg artifact would.
        DecodeSettings d;
        d.encrypted = true;
        d.openPgp.passphrase = m_pass;
        const QString out = in + QStringLiteral(".decoded");
        QFile::remove(out);
        FileSink sink;
        QVERIFY(sink.open(out));
        auto chain = StreamChain::decoder(d, &sink);
        QVERIFY(chain);
        Status st = pumpFile(in + QStringLiteral(".gpg"), (*chain)->input(), nullptr);
        if (st)
            st = (*chain)->finish();
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Corrupt);
        QVERIFY2(st.error().message.contains(QStringLiteral("integrity")) || st.error().message.contains(QStringLiteral("not encrypted")),
                 qPrintable(st.error().message));
        QFile::remove(in + QStringLiteral(".gpg"));
    }
};

QTEST_GUILESS_MAIN(TestToolInterop)
#include "TestToolInterop.moc"
