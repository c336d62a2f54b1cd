// The gateway's secret scheme against the reference implementation: Python's `cryptography`
// (Debian python3-cryptography), used exactly as mcpgateway/utils/services_auth.py uses it.
#include "TestSupport.h"

#include "appdata/SecretToken.h"

#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {
const char *python = R"PY(
import base64, hashlib, json, os, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
mode, secret, data = sys.argv[1], sys.argv[2].encode(), sys.argv[3]
key = hashlib.sha256(secret).digest()
if mode == "encode":
    nonce = os.urandom(12)
    print(base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, data.encode(), None)).rstrip(b"=").decode())
else:
    raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    print(AESGCM(key).decrypt(raw[:12], raw[12:], None).decode())
)PY";

ProcessResult py(const QString &mode, const QString &secret, const QString &data)
{
    return run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(python), mode, secret, data});
}
} // namespace

class TestSecretToken : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndWrongKey()
    {
        const QByteArray key = SecretToken::keyFor("my-secret");
        auto token = SecretToken::encrypt(R"({"Authorization":"Bearer x"})", key);
        QVERIFY(token);
        QVERIFY(!token->contains(QLatin1Char('=')));
        QVERIFY(SecretToken::looksLikeToken(*token));
        QCOMPARE(*SecretToken::decrypt(*token, key), QByteArray(R"({"Authorization":"Bearer x"})"));
        auto wrong = SecretToken::decrypt(*token, SecretToken::keyFor("other"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QString damaged = *token;
        damaged[20] = damaged[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!SecretToken::decrypt(damaged, key));
        QCOMPARE(SecretToken::decrypt(QStringLiteral("*****"), key).error().code, ErrorCode::Corrupt);
    }

    void interoperatesWithTheGatewaysImplementation()
    {
        const ProcessResult probe = run(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import cryptography")});
        QVERIFY2(probe.exitCode == 0, "python3-cryptography is missing (installer/bootstrap.sh installs it)");
        const QString plain = QStringLiteral(R"({"X-API-Key":"k-123","note":"ünïcode"})");
        const ProcessResult encoded = py(QStringLiteral("encode"), QStringLiteral("gw-secret"), plain);
        QCOMPARE(encoded.exitCode, 0);
        auto decoded = SecretToken::decrypt(QString::fromUtf8(encoded.out).trimmed(), SecretToken::keyFor("gw-secret"));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(QString::fromUtf8(*decoded), plain);
        auto ours = SecretToken::encrypt(plain.toUtf8(), SecretToken::keyFor("gw-secret"));
        const ProcessResult back = py(QStringLiteral("decode"), QStringLiteral("gw-secret"), *ours);
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(QString::fromUtf8(back.out).trimmed(), plain);
    }
};

QTEST_GUILESS_MAIN(TestSecretToken)
#include "TestSecretToken.moc"
