#include "SeipdDecoder.h"

#include "OpenPgpPackets.h"

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace lifeboat {

namespace {
constexpr int kTagLiteral = 11;
constexpr int kTagSeipd = 18;
constexpr qsizetype kPrefix = 18; // a block of random bytes and the repeat of its last two
constexpr qsizetype kMdcSize = 20;
constexpr size_t kPiece = 256 * 1024; // ChunkGatherer has room for one on top of a chunk
} // namespace

SeipdDecoder::SeipdDecoder(Sink *next, int algorithm, const QByteArray &sessionKey)
    : m_gathered(next)
    , m_cipher(EVP_CIPHER_CTX_new())
    , m_sha1(EVP_MD_CTX_new())
{
    // CFB decryption is done here from AES block encryptions in ECB mode; SEIPD v1 starts CFB
    // from a zero IV (the random prefix does its job).
    const EVP_CIPHER *cipher = algorithm == 7 ? EVP_aes_128_ecb() : algorithm == 8 ? EVP_aes_192_ecb() : EVP_aes_256_ecb();
    if (m_cipher && EVP_EncryptInit_ex(m_cipher, cipher, nullptr, reinterpret_cast<const uchar *>(sessionKey.constData()), nullptr) == 1)
        EVP_CIPHER_CTX_set_padding(m_cipher, 0);
    if (m_sha1)
        EVP_DigestInit_ex(m_sha1, EVP_sha1(), nullptr);
    m_plain.resize(qsizetype(kPiece));
}

SeipdDecoder::~SeipdDecoder()
{
    EVP_CIPHER_CTX_free(m_cipher); // also wipes the key schedule
    EVP_MD_CTX_free(m_sha1);
    OPENSSL_cleanse(m_plain.data(), size_t(m_plain.size()));
    OPENSSL_cleanse(m_keystream, sizeof m_keystream);
}

bool SeipdDecoder::encryptBlocks(const uchar *in, uchar *out, size_t size)
{
    int len = 0;
    return EVP_EncryptUpdate(m_cipher, out, &len, in, int(size)) == 1 && size_t(len) == size;
}

bool SeipdDecoder::decryptCfb(const uchar *in, uchar *out, size_t size)
{
    // CFB-128: P[i] = E(C[i-1]) ^ C[i]. Every C is known up front, so the block encryptions
    // are independent and OpenSSL's ECB runs them eight at a time; its CFB mode encrypts one
    // block after the other (4x slower here, and the lay-down's decrypting thread waits on it).
    size_t i = 0;
    for (; m_used != 0 && i < size; ++i) { // the rest of a block begun in the previous piece
        out[i] = in[i] ^ m_keystream[m_used];
        m_register[m_used] = in[i];
        m_used = (m_used + 1) % kBlock;
    }
    const size_t blocks = (size - i) / kBlock;
    if (blocks > 0) {
        uchar first[kBlock];
        if (!encryptBlocks(m_register, first, kBlock) || (blocks > 1 && !encryptBlocks(in + i, out + i + kBlock, (blocks - 1) * kBlock)))
            return false;
        std::memcpy(out + i, first, kBlock);
        for (size_t k = i; k < i + blocks * kBlock; k += 8) {
            quint64 a, b;
            std::memcpy(&a, out + k, 8);
            std::memcpy(&b, in + k, 8);
            a ^= b;
            std::memcpy(out + k, &a, 8);
        }
        std::memcpy(m_register, in + i + (blocks - 1) * kBlock, kBlock);
        i += blocks * kBlock;
    }
    if (i < size) { // a block that ends in the next piece
        if (!encryptBlocks(m_register, m_keystream, kBlock))
            return false;
        for (; i < size; ++i) {
            out[i] = in[i] ^ m_keystream[m_used];
            m_register[m_used] = in[i];
            ++m_used;
        }
    }
    return true;
}

Status SeipdDecoder::corrupt(const QString &why) const
{
    return fail(ErrorCode::Corrupt, tr("OpenPGP data is corrupt or truncated (%1)").arg(why));
}

Status SeipdDecoder::write(const char *data, size_t size)
{
    if (!m_cipher || !m_sha1)
        return fail(ErrorCode::Failed, tr("OpenSSL could not set up the decryption (out of memory?)"));
    auto p = reinterpret_cast<const uchar *>(data);
    while (size > 0) {
        switch (m_outer) {
        case Outer::Header: {
            m_outerHeader.append(char(*p++));
            --size;
            openpgp::Header h;
            const int hl = openpgp::parseHeader(reinterpret_cast<const uchar *>(m_outerHeader.constData()), size_t(m_outerHeader.size()), h);
            if (hl < 0 || (hl > 0 && h.tag != kTagSeipd))
                return corrupt(tr("not an integrity-protected data packet"));
            if (hl > 0) {
                m_outerHeader.clear();
                m_outerLeft = h.length;
                m_outerPartial = h.partial;
                m_outerToEnd = h.indeterminate;
                m_outer = Outer::Body;
            }
            break;
        }
        case Outer::Body: {
            if (!m_outerToEnd && m_outerLeft == 0) {
                m_outer = m_outerPartial ? Outer::Length : Outer::Done;
                break;
            }
            const size_t take = m_outerToEnd ? size : size_t(std::min<quint64>(m_outerLeft, size));
            LB_TRY(consumeCiphertext(p, take));
            p += take;
            size -= take;
            if (!m_outerToEnd)
                m_outerLeft -= take;
            break;
        }
        case Outer::Length: {
            m_outerHeader.append(char(*p++));
            --size;
            const int l = openpgp::parseNewLength(reinterpret_cast<const uchar *>(m_outerHeader.constData()), size_t(m_outerHeader.size()), m_outerLeft, m_outerPartial);
            if (l > 0) {
                m_outerHeader.clear();
                m_outer = Outer::Body;
            }
            break;
        }
        case Outer::Done:
            return corrupt(tr("data after the end of the message"));
        }
    }
    return {};
}

Status SeipdDecoder::consumeCiphertext(const uchar *data, size_t size)
{
    if (!m_versionSeen && size > 0) {
        if (data[0] != 1)
            return corrupt(tr("unknown integrity-protected packet version %1").arg(int(data[0])));
        m_versionSeen = true;
        ++data;
        --size;
    }
    while (size > 0) {
        const size_t piece = std::min(size, kPiece);
        if (!decryptCfb(data, reinterpret_cast<uchar *>(m_plain.data()), piece))
            return fail(ErrorCode::Failed, tr("OpenSSL failed to decrypt the data"));
        LB_TRY(consumePlaintext(reinterpret_cast<const uchar *>(m_plain.constData()), piece));
        data += piece;
        size -= piece;
    }
    return {};
}

Status SeipdDecoder::consumePlaintext(const uchar *data, size_t size)
{
    while (size > 0) {
        switch (m_inner) {
        case Inner::Prefix: {
            const size_t take = std::min(size, size_t(kPrefix - m_prefix.size()));
            m_prefix.append(reinterpret_cast<const char *>(data), qsizetype(take));
            EVP_DigestUpdate(m_sha1, data, take);
            data += take;
            size -= take;
            if (m_prefix.size() == kPrefix) {
                if (m_prefix[14] != m_prefix[16] || m_prefix[15] != m_prefix[17])
                    return corrupt(tr("the session key does not fit the data"));
                m_inner = Inner::Header;
            }
            break;
        }
        case Inner::Header: {
            EVP_DigestUpdate(m_sha1, data, 1);
            m_header.append(char(*data++));
            --size;
            openpgp::Header h;
            const int hl = openpgp::parseHeader(reinterpret_cast<const uchar *>(m_header.constData()), size_t(m_header.size()), h);
            if (hl < 0 || (hl > 0 && (h.tag != kTagLiteral || h.indeterminate)))
                return corrupt(tr("unexpected packet inside the encrypted data"));
            if (hl > 0) {
                m_header.clear();
                m_innerLeft = h.length;
                m_innerPartial = h.partial;
                m_inner = Inner::LiteralBody;
            }
            break;
        }
        case Inner::LiteralBody: {
            if (m_innerLeft == 0) {
                m_inner = m_innerPartial ? Inner::LiteralLength : Inner::MdcHeader;
                break;
            }
            const size_t take = size_t(std::min<quint64>(m_innerLeft, size));
            EVP_DigestUpdate(m_sha1, data, take);
            LB_TRY(literalBytes(data, take));
            data += take;
            size -= take;
            m_innerLeft -= take;
            break;
        }
        case Inner::LiteralLength: {
            EVP_DigestUpdate(m_sha1, data, 1);
            m_header.append(char(*data++));
            --size;
            const int l = openpgp::parseNewLength(reinterpret_cast<const uchar *>(m_header.constData()), size_t(m_header.size()), m_innerLeft, m_innerPartial);
            if (l > 0) {
                m_header.clear();
                m_inner = Inner::LiteralBody;
            }
            break;
        }
        case Inner::MdcHeader: {
            EVP_DigestUpdate(m_sha1, data, 1); // the MDC covers its own two header bytes
            m_header.append(char(*data++));
            --size;
            if (m_header.size() == 2) {
                if (m_header != QByteArray("\xd3\x14", 2))
                    return corrupt(tr("the modification detection code is missing"));
                m_header.clear();
                m_inner = Inner::Mdc;
            }
            break;
        }
        case Inner::Mdc: {
            const size_t take = std::min(size, size_t(kMdcSize - m_mdc.size()));
            m_mdc.append(reinterpret_cast<const char *>(data), qsizetype(take));
            data += take;
            size -= take;
            if (m_mdc.size() == kMdcSize)
                m_inner = Inner::Done;
            break;
        }
        case Inner::Done:
            return corrupt(tr("data after the modification detection code"));
        }
    }
    return {};
}

Status SeipdDecoder::literalBytes(const uchar *data, size_t size)
{
    // The literal packet's body starts with a format octet, a file name and a date.
    while (m_metaLeft != 0 && size > 0) {
        if (m_metaLeft < 0) {
            m_meta.append(char(*data++));
            --size;
            if (m_meta.size() == 2)
                m_metaLeft = qsizetype(uchar(m_meta[1])) + 4;
            continue;
        }
        const size_t skip = std::min(size, size_t(m_metaLeft));
        data += skip;
        size -= skip;
        m_metaLeft -= qsizetype(skip);
    }
    if (size == 0)
        return {};
    return m_gathered.append(reinterpret_cast<const char *>(data), size);
}

Status SeipdDecoder::finish()
{
    const bool outerEnded = m_outer == Outer::Done || (m_outer == Outer::Body && (m_outerToEnd || (m_outerLeft == 0 && !m_outerPartial)));
    if (!outerEnded || m_inner != Inner::Done || m_metaLeft != 0)
        return corrupt(tr("the message ends early"));
    uchar digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_sha1, digest, &len) != 1 || len != kMdcSize)
        return fail(ErrorCode::Failed, tr("OpenSSL failed to hash the data"));
    if (CRYPTO_memcmp(digest, m_mdc.constData(), kMdcSize) != 0)
        return corrupt(tr("the modification detection code does not match: the data was changed"));
    return m_gathered.flush();
}

} // namespace lifeboat
