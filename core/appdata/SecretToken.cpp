#include "SecretToken.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <memory>

namespace lifeboat {

namespace {
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray fromBase64Url(const QString &token)
{
    return QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
}
} // namespace

QByteArray SecretToken::keyFor(const QByteArray &passphrase)
{
    return QCryptographicHash::hash(passphrase, QCryptographicHash::Sha256);
}

bool SecretToken::looksLikeToken(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]+={0,2}$"));
    return shape.match(token).hasMatch() && fromBase64Url(token).size() > NonceSize + TagSize;
}

Result<QString> SecretToken::encrypt(const QByteArray &plaintext, const QByteArray &key)
{
    QByteArray nonce(NonceSize, '\0');
    if (key.size() != 32 || RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), NonceSize) != 1)
        return fail(ErrorCode::Internal, tr("cannot encrypt a secret (no random numbers or a bad key)"));
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + 16, '\0');
    int len = 0, total = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *n = reinterpret_cast<const unsigned char *>(nonce.constData());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, k, n) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(plaintext.constData()), int(plaintext.size())) != 1)
        return fail(ErrorCode::Internal, tr("AES-256-GCM encryption failed"));
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len) != 1)
        return fail(ErrorCode::Internal, tr("AES-256-GCM encryption failed"));
    total += len;
    out.resize(total);
    QByteArray tag(TagSize, '\0');
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) != 1)
        return fail(ErrorCode::Internal, tr("AES-256-GCM encryption failed"));
    const QByteArray token = (nonce + out + tag).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(token);
}

Result<QByteArray> SecretToken::decrypt(const QString &token, const QByteArray &key)
{
    if (!looksLikeToken(token))
        return fail(ErrorCode::Corrupt, tr("not an encrypted token (base64url of nonce, ciphertext and tag)"));
    const QByteArray raw = fromBase64Url(token);
    const QByteArray nonce = raw.left(NonceSize), tag = raw.right(TagSize);
    const QByteArray cipher = raw.mid(NonceSize, raw.size() - NonceSize - TagSize);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(cipher.size() + 16, '\0');
    int len = 0, total = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *n = reinterpret_cast<const unsigned char *>(nonce.constData());
    if (key.size() != 32 || !ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, k, n) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size())) != 1)
        return fail(ErrorCode::Internal, tr("AES-256-GCM decryption failed"));
    total = len;
    QByteArray tagCopy = tag;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len) != 1)
        return fail(ErrorCode::WrongPassphrase, tr("does not decrypt with the given secret (it was encrypted under another one)"));
    total += len;
    out.resize(total);
    return out;
}

} // namespace lifeboat
