// The SigV4 signer against AWS's published test vectors (tests/core/s3/data, copied from
// ../shared/fixtures/sigv4): canonical request, string to sign and Authorization header of
// every basic case; plus the encoding rules S3 keys rely on.
#include "s3/SigV4.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lifeboat;

class TestSigV4 : public QObject
{
    Q_OBJECT

    QJsonObject m_suite;

    static SigV4::Request requestOf(const QJsonObject &r)
    {
        SigV4::Request request;
        request.method = r.value(QStringLiteral("method")).toString().toUtf8();
        request.path = r.value(QStringLiteral("path")).toString().toUtf8();
        const QString query = r.value(QStringLiteral("query")).toString();
        if (!query.isEmpty())
            for (const QString &pair : query.split(QLatin1Char('&')))
                request.query.append({pair.section(QLatin1Char('='), 0, 0).toUtf8(), pair.section(QLatin1Char('='), 1).toUtf8()});
        for (const QJsonValue &h : r.value(QStringLiteral("headers")).toArray())
            request.headers.append({h.toArray().at(0).toString().toUtf8(), h.toArray().at(1).toString().toUtf8()});
        request.payloadHash = SigV4::sha256Hex(r.value(QStringLiteral("body")).toString().toUtf8());
        return request;
    }

private slots:
    void initTestCase()
    {
        QFile file(QFINDTESTDATA("data/aws-sigv4-test-suite.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_suite = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_suite.isEmpty());
    }

    void publishedBasicCases_data()
    {
        QTest::addColumn<QJsonObject>("test");
        const QJsonArray basic = m_suite.value(QStringLiteral("tests")).toObject().value(QStringLiteral("basic")).toArray();
        QCOMPARE(basic.size(), 20);
        for (const QJsonValue &t : basic)
            QTest::newRow(qPrintable(t.toObject().value(QStringLiteral("name")).toString())) << t.toObject();
    }

    void publishedBasicCases()
    {
        QFETCH(QJsonObject, test);
        const QJsonObject config = m_suite.value(QStringLiteral("config")).toObject();
        SigV4::Credentials credentials;
        credentials.accessKey = config.value(QStringLiteral("accessKeyId")).toString().toUtf8();
        credentials.secretKey = config.value(QStringLiteral("secretAccessKey")).toString().toUtf8();
        credentials.region = config.value(QStringLiteral("region")).toString().toUtf8();
        credentials.service = config.value(QStringLiteral("service")).toString().toUtf8();
        const SigV4::Request request = requestOf(test.value(QStringLiteral("request")).toObject());
        const QByteArray date = QByteArrayLiteral("20150830T123600Z");
        const QByteArray creq = test.value(QStringLiteral("creq")).toString().toUtf8();
        const QByteArray sts = test.value(QStringLiteral("sts")).toString().toUtf8();
        const QByteArray authz = test.value(QStringLiteral("authz")).toString().toUtf8();
        QCOMPARE(SigV4::canonicalRequest(request), creq);
        if (!sts.endsWith(SigV4::sha256Hex(creq))) {
            // Two vectors of the parsed suite are inconsistent: their string to sign does not
            // hash their own canonical request but AWS's original one, signed without
            // Content-Length (and, in the second, with "charset=utf8"). Sign that request.
            QVERIFY(QByteArray(QTest::currentDataTag()).startsWith("post-x-www-form-urlencoded"));
            SigV4::Request original = request;
            original.headers.removeIf([](const auto &h) { return h.first == "Content-Length"; });
            for (auto &h : original.headers)
                h.second.replace("charset=utf-8", "charset=utf8");
            QCOMPARE(SigV4::stringToSign(original, credentials, date), sts);
            QCOMPARE(SigV4::authorization(original, credentials, date).split('=').last(), authz.split('=').last());
            return;
        }
        QCOMPARE(SigV4::stringToSign(request, credentials, date), sts);
        QCOMPARE(SigV4::authorization(request, credentials, date), authz);
    }

    void keysAreEncodedSegmentBySegment()
    {
        QCOMPARE(SigV4::uriEncode("/job/wal/00000001/0000000100000000000000A1.zst", true), QByteArray("/job/wal/00000001/0000000100000000000000A1.zst"));
        QCOMPARE(SigV4::uriEncode("a b+c/ü", true), QByteArray("a%20b%2Bc/%C3%BC"));
        QCOMPARE(SigV4::uriEncode("a/b", false), QByteArray("a%2Fb"));
        // S3 does not normalize: "//" and "./" are part of the key.
        SigV4::Request r{"GET", "/bucket//x/./y", {}, {{"Host", "h"}}, "UNSIGNED-PAYLOAD"};
        QVERIFY(SigV4::canonicalRequest(r).startsWith("GET\n/bucket//x/./y\n"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "TestSigV4.moc"
