#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lifeboat {

// The MCP Gateway's secret scheme (mcpgateway/utils/services_auth.py): key = SHA-256 of the
// passphrase, AES-256-GCM with a 12-byte random nonce and no associated data, token =
// base64url(nonce || ciphertext || 16-byte tag) without "=" padding.
class SecretToken
{
    Q_DECLARE_TR_FUNCTIONS(SecretToken)

public:
    static QByteArray keyFor(const QByteArray &passphrase);
    static Result<QString> encrypt(const QByteArray &plaintext, const QByteArray &key);
    // WrongPassphrase when the tag does not verify (another key), Corrupt when it is no token.
    static Result<QByteArray> decrypt(const QString &token, const QByteArray &key);
    // Shape only: base64url long enough for a nonce and a tag.
    static bool looksLikeToken(const QString &token);
};

} // namespace lifeboat
