#include "OpenPgpSessionKey.h"

#include "OpenPgpPackets.h"

#include <QList>
#include <algorithm>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <rnp/rnp.h>
#include <rnp/rnp_err.h>

namespace lifeboat {

namespace {

using openpgp::Header;

constexpr int kTagPkesk = 1;
constexpr int kTagSkesk = 3;
constexpr int kTagSecretSubkey = 7;
constexpr int kTagSecretKey = 5;
constexpr int kTagMarker = 10;
constexpr int kTagLiteral = 11;
constexpr int kTagSeipd = 18;
constexpr int kAlgEcdh = 18;
// Beyond this much header the message is not one of Lifeboat's: leave it to librnp.
constexpr qsizetype kMaxHead = 256 * 1024;
const QByteArray kCurve25519Oid = QByteArray::fromHex("2b060104019755010501");

struct EvpPkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct EvpPkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct EvpCipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};

// Wipes key material on every way out.
struct Wiped
{
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

struct EcdhSecret
{
    QByteArray oid;
    QByteArray publicPoint; // 0x40 || 32 bytes
    int kdfHash = 0;
    int kdfCipher = 0;
    QByteArray fingerprint; // 20 bytes
    Wiped secret;           // big-endian, as OpenPGP stores it
};

const EVP_MD *kdfDigest(int id)
{
    switch (id) {
    case 8:
        return EVP_sha256();
    case 9:
        return EVP_sha384();
    case 10:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

const EVP_CIPHER *keyWrap(int id)
{
    switch (id) {
    case 7:
        return EVP_aes_128_wrap();
    case 8:
        return EVP_aes_192_wrap();
    case 9:
        return EVP_aes_256_wrap();
    default:
        return nullptr;
    }
}

// The secret Curve25519 subkey packet of `body`, if it is one Lifeboat can use in process.
bool parseEcdhSecret(const QByteArray &body, EcdhSecret &out)
{
    const auto *p = reinterpret_cast<const uchar *>(body.constData());
    const size_t n = size_t(body.size());
    if (n < 7 || p[0] != 4 || p[5] != kAlgEcdh)
        return false;
    size_t pos = 6;
    const size_t oidLen = p[pos++];
    if (pos + oidLen > n)
        return false;
    out.oid = QByteArray(reinterpret_cast<const char *>(p + pos), qsizetype(oidLen));
    pos += oidLen;
    if (out.oid != kCurve25519Oid)
        return false;
    const size_t mpi = openpgp::readMpi(p + pos, n - pos, out.publicPoint);
    if (mpi == 0 || out.publicPoint.size() != 33 || uchar(out.publicPoint[0]) != 0x40)
        return false;
    pos += mpi;
    if (pos + 4 > n || p[pos] != 3 || p[pos + 1] != 1)
        return false;
    out.kdfHash = p[pos + 2];
    out.kdfCipher = p[pos + 3];
    pos += 4;
    const size_t publicEnd = pos;
    if (pos >= n || p[pos] != 0) // S2K usage 0: the secret is stored in the clear
        return false;
    ++pos;
    const size_t secretMpi = openpgp::readMpi(p + pos, n - pos, out.secret.bytes);
    if (secretMpi == 0 || out.secret.bytes.size() > 32)
        return false;
    QByteArray hashed;
    hashed.append(char(0x99)).append(char(publicEnd >> 8)).append(char(publicEnd & 0xff));
    hashed.append(body.constData(), qsizetype(publicEnd));
    out.fingerprint.resize(20);
    unsigned int len = 0;
    return EVP_Digest(hashed.constData(), size_t(hashed.size()), reinterpret_cast<uchar *>(out.fingerprint.data()), &len, EVP_sha1(), nullptr) == 1;
}

// The secret material of the keyring's key with this key id, if it is an unprotected
// Curve25519 ECDH key.
bool findEcdhSecret(rnp_ffi_t ffi, const QByteArray &keyId, EcdhSecret &out)
{
    rnp_key_handle_t key = nullptr;
    if (rnp_locate_key(ffi, "keyid", keyId.toHex().toUpper().constData(), &key) != RNP_SUCCESS || !key)
        return false;
    std::unique_ptr<rnp_key_handle_st, rnp_result_t (*)(rnp_key_handle_t)> keyGuard(key, rnp_key_handle_destroy);
    bool secret = false, prot = true;
    if (rnp_key_have_secret(key, &secret) != RNP_SUCCESS || !secret || rnp_key_is_protected(key, &prot) != RNP_SUCCESS || prot)
        return false;
    char *fpr = nullptr;
    if (rnp_key_get_fprint(key, &fpr) != RNP_SUCCESS)
        return false;
    const QByteArray wanted = QByteArray::fromHex(fpr);
    rnp_buffer_destroy(fpr);
    rnp_output_t output = nullptr;
    if (rnp_output_to_memory(&output, 0) != RNP_SUCCESS)
        return false;
    std::unique_ptr<rnp_output_st, rnp_result_t (*)(rnp_output_t)> outGuard(output, rnp_output_destroy);
    if (rnp_key_export(key, output, RNP_KEY_EXPORT_SECRET) != RNP_SUCCESS)
        return false;
    uint8_t *buf = nullptr;
    size_t len = 0;
    if (rnp_output_memory_get_buf(output, &buf, &len, false) != RNP_SUCCESS)
        return false;
    Wiped exported{QByteArray(reinterpret_cast<const char *>(buf), qsizetype(len))};
    OPENSSL_cleanse(buf, len);
    const auto *p = reinterpret_cast<const uchar *>(exported.bytes.constData());
    size_t pos = 0;
    while (pos < len) {
        Header h;
        const int hl = openpgp::parseHeader(p + pos, len - pos, h);
        if (hl <= 0 || h.partial || h.indeterminate || pos + size_t(hl) + h.length > len)
            return false;
        if ((h.tag == kTagSecretSubkey || h.tag == kTagSecretKey)
            && parseEcdhSecret(exported.bytes.mid(qsizetype(pos) + hl, qsizetype(h.length)), out) && out.fingerprint == wanted)
            return true;
        pos += size_t(hl) + h.length;
    }
    return false;
}

// RFC 6637 §8: the session key of a Curve25519 ECDH PKESK, or false.
bool ecdhSessionKey(const QByteArray &pkesk, const EcdhSecret &secret, int &algorithm, QByteArray &sessionKey)
{
    const auto *p = reinterpret_cast<const uchar *>(pkesk.constData());
    const size_t n = size_t(pkesk.size());
    size_t pos = 10; // version, key id, algorithm
    QByteArray ephemeral;
    const size_t mpi = openpgp::readMpi(p + pos, n - pos, ephemeral);
    if (mpi == 0 || ephemeral.size() != 33 || uchar(ephemeral[0]) != 0x40)
        return false;
    pos += mpi;
    if (pos >= n)
        return false;
    const size_t wrappedLen = p[pos++];
    if (pos + wrappedLen != n || wrappedLen < 16 || wrappedLen % 8 != 0)
        return false;
    const EVP_MD *md = kdfDigest(secret.kdfHash);
    const EVP_CIPHER *wrap = keyWrap(secret.kdfCipher);
    if (!md || !wrap)
        return false;

    // X25519 takes the scalar little-endian; OpenPGP stores it as a big-endian MPI.
    Wiped scalar{QByteArray(32, '\0')};
    std::reverse_copy(secret.secret.bytes.constBegin(), secret.secret.bytes.constEnd(), scalar.bytes.begin());
    std::unique_ptr<EVP_PKEY, EvpPkeyFree> priv(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, reinterpret_cast<const uchar *>(scalar.bytes.constData()), 32));
    std::unique_ptr<EVP_PKEY, EvpPkeyFree> peer(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, reinterpret_cast<const uchar *>(ephemeral.constData()) + 1, 32));
    if (!priv || !peer)
        return false;
    std::unique_ptr<EVP_PKEY_CTX, EvpPkeyCtxFree> derive(EVP_PKEY_CTX_new(priv.get(), nullptr));
    Wiped shared{QByteArray(32, '\0')};
    size_t sharedLen = 32;
    if (!derive || EVP_PKEY_derive_init(derive.get()) != 1 || EVP_PKEY_derive_set_peer(derive.get(), peer.get()) != 1
        || EVP_PKEY_derive(derive.get(), reinterpret_cast<uchar *>(shared.bytes.data()), &sharedLen) != 1 || sharedLen != 32)
        return false;

    Wiped kdf;
    kdf.bytes.append(QByteArray::fromHex("00000001")).append(shared.bytes);
    kdf.bytes.append(char(secret.oid.size())).append(secret.oid).append(char(kAlgEcdh));
    kdf.bytes.append(char(3)).append(char(1)).append(char(secret.kdfHash)).append(char(secret.kdfCipher));
    kdf.bytes.append("Anonymous Sender    ").append(secret.fingerprint);
    Wiped kek{QByteArray(EVP_MAX_MD_SIZE, '\0')};
    unsigned int kekLen = 0;
    if (EVP_Digest(kdf.bytes.constData(), size_t(kdf.bytes.size()), reinterpret_cast<uchar *>(kek.bytes.data()), &kekLen, md, nullptr) != 1
        || int(kekLen) < EVP_CIPHER_key_length(wrap))
        return false;

    std::unique_ptr<EVP_CIPHER_CTX, EvpCipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    Wiped m{QByteArray(int(wrappedLen), '\0')};
    int outLen = 0, finalLen = 0;
    if (!ctx)
        return false;
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (EVP_DecryptInit_ex(ctx.get(), wrap, nullptr, reinterpret_cast<const uchar *>(kek.bytes.constData()), nullptr) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<uchar *>(m.bytes.data()), &outLen, p + pos, int(wrappedLen)) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<uchar *>(m.bytes.data()) + outLen, &finalLen) != 1)
        return false; // the key wrap's own integrity check failed: not this key
    const int total = outLen + finalLen;
    // m = algorithm || key || 2-byte checksum || PKCS#5 padding
    if (total < 1)
        return false;
    const int alg = uchar(m.bytes[0]);
    const int keySize = openpgp::aesKeySize(alg);
    if (keySize == 0 || total < 1 + keySize + 2)
        return false;
    const int pad = total - (1 + keySize + 2);
    for (int i = 0; i < pad; ++i)
        if (uchar(m.bytes[1 + keySize + 2 + i]) != pad)
            return false;
    unsigned sum = 0;
    for (int i = 0; i < keySize; ++i)
        sum += uchar(m.bytes[1 + i]);
    if ((sum & 0xffff) != ((unsigned(uchar(m.bytes[1 + keySize])) << 8) | uchar(m.bytes[2 + keySize])))
        return false;
    algorithm = alg;
    sessionKey = m.bytes.mid(1, keySize);
    return true;
}

// The quick check of RFC 4880 §5.13 and the first inner packet's tag, from the first bytes of
// the SEIPD body: a literal data packet is what the in-process decoder understands.
bool startsWithLiteralData(int algorithm, const QByteArray &key, const uchar *body, size_t n)
{
    const int block = 16;
    if (n < size_t(1 + block + 2 + 1) || body[0] != 1)
        return false;
    const EVP_CIPHER *cipher = algorithm == 7 ? EVP_aes_128_cfb128() : algorithm == 8 ? EVP_aes_192_cfb128() : EVP_aes_256_cfb128();
    std::unique_ptr<EVP_CIPHER_CTX, EvpCipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    const uchar iv[16] = {};
    uchar plain[block + 3];
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, reinterpret_cast<const uchar *>(key.constData()), iv) != 1
        || EVP_DecryptUpdate(ctx.get(), plain, &len, body + 1, block + 3) != 1 || len != block + 3)
        return false;
    const bool ok = plain[block - 2] == plain[block] && plain[block - 1] == plain[block + 1];
    const uchar tagByte = plain[block + 2];
    const int tag = (tagByte & 0x40) ? (tagByte & 0x3f) : ((tagByte >> 2) & 0x0f);
    OPENSSL_cleanse(plain, sizeof plain);
    return ok && (tagByte & 0x80) && tag == kTagLiteral;
}

} // namespace

DecryptionPlan planDecryption(const QByteArray &head, rnp_ffi_st *ffi, bool final)
{
    DecryptionPlan plan;
    const auto needMore = [&] {
        plan.verdict = (final || head.size() > kMaxHead) ? DecryptionPlan::Verdict::Librnp : DecryptionPlan::Verdict::NeedMore;
        return plan;
    };
    const auto librnp = [&] {
        plan.verdict = DecryptionPlan::Verdict::Librnp;
        return plan;
    };
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const size_t n = size_t(head.size());
    QList<QByteArray> pkesks;
    size_t pos = 0;
    for (;;) {
        Header h;
        const int hl = openpgp::parseHeader(p + pos, n - pos, h);
        if (hl == 0)
            return needMore();
        if (hl < 0)
            return librnp();
        if (h.tag == kTagSeipd) {
            // The body's first part must hold the version, the prefix and the first inner byte.
            if (h.indeterminate || h.length < 20)
                return librnp();
            if (n < pos + size_t(hl) + 20)
                return needMore();
            plan.seipdOffset = qsizetype(pos);
            pos += size_t(hl);
            break;
        }
        if (h.tag != kTagPkesk && h.tag != kTagSkesk && h.tag != kTagMarker)
            return librnp(); // AEAD, unprotected data or not an encrypted message
        if (h.partial || h.indeterminate)
            return librnp();
        if (n < pos + size_t(hl) + h.length)
            return needMore();
        if (h.tag == kTagPkesk)
            pkesks.append(head.mid(qsizetype(pos) + hl, qsizetype(h.length)));
        pos += size_t(hl) + h.length;
    }
    for (const QByteArray &pkesk : pkesks) {
        if (pkesk.size() < 10 || pkesk[0] != 3 || uchar(pkesk[9]) != kAlgEcdh)
            continue;
        EcdhSecret secret;
        if (!findEcdhSecret(ffi, pkesk.mid(1, 8), secret))
            continue;
        int algorithm = 0;
        QByteArray key;
        if (!ecdhSessionKey(pkesk, secret, algorithm, key))
            continue;
        if (!startsWithLiteralData(algorithm, key, p + pos, n - pos)) {
            OPENSSL_cleanse(key.data(), size_t(key.size()));
            return librnp();
        }
        plan.verdict = DecryptionPlan::Verdict::InProcess;
        plan.algorithm = algorithm;
        plan.sessionKey = key;
        return plan;
    }
    return librnp();
}

} // namespace lifeboat
