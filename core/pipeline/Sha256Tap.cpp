#include "Sha256Tap.h"

#include <openssl/evp.h>

namespace lifeboat {

Sha256Tap::Sha256Tap(Sink *next)
    : m_next(next)
    , m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256Tap::~Sha256Tap()
{
    EVP_MD_CTX_free(m_ctx);
}

Status Sha256Tap::write(const char *data, size_t size)
{
    EVP_DigestUpdate(m_ctx, data, size);
    m_bytes += qint64(size);
    return m_next ? m_next->write(data, size) : Status{};
}

Status Sha256Tap::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    m_hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return m_next ? m_next->finish() : Status{};
}

} // namespace lifeboat
