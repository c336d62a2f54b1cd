#pragma once

#include "ChunkGatherer.h"

#include <QByteArray>
#include <QCoreApplication>

struct evp_cipher_ctx_st;
struct evp_md_ctx_st;

namespace lifeboat {

// Decrypts a Symmetrically Encrypted Integrity Protected Data packet (RFC 4880 §5.13, version 1:
// AES in CFB mode, then the SHA-1 Modification Detection Code) with a known session key, in
// process with OpenSSL, and pushes the literal data it carries to `next` in whole chunks.
// Fed from the SEIPD packet's header on; OpenPgpSessionKey decides when it applies.
//
// As with librnp, plaintext reaches `next` before the MDC at the end is checked: finish() fails
// on a mismatch, and callers keep the output only if it succeeds.
class SeipdDecoder
{
    Q_DECLARE_TR_FUNCTIONS(SeipdDecoder)

public:
    SeipdDecoder(Sink *next, int algorithm, const QByteArray &sessionKey);
    ~SeipdDecoder();
    Q_DISABLE_COPY_MOVE(SeipdDecoder)

    [[nodiscard]] Status write(const char *data, size_t size);
    // Checks that the message ended where it should and that the MDC matches; does not finish
    // `next`.
    [[nodiscard]] Status finish();

private:
    enum class Outer { Header, Body, Length, Done };
    enum class Inner { Prefix, Header, LiteralBody, LiteralLength, MdcHeader, Mdc, Done };

    Status consumeCiphertext(const uchar *data, size_t size);
    Status consumePlaintext(const uchar *data, size_t size);
    Status literalBytes(const uchar *data, size_t size);
    Status corrupt(const QString &why) const;
    bool decryptCfb(const uchar *in, uchar *out, size_t size);
    bool encryptBlocks(const uchar *in, uchar *out, size_t size);

    static constexpr size_t kBlock = 16;
    uchar m_register[kBlock] = {}; // the last ciphertext block (CFB's feedback)
    uchar m_keystream[kBlock] = {}; // E(register) while a block is split between pieces
    size_t m_used = 0;             // bytes of the current block already decrypted

    ChunkGatherer m_gathered; // literal data on its way to `next`
    evp_cipher_ctx_st *m_cipher = nullptr; // AES in ECB mode, encrypting
    evp_md_ctx_st *m_sha1 = nullptr;
    QByteArray m_plain; // scratch for one decrypted piece
    QByteArray m_outerHeader; // the SEIPD packet's header or length bytes split across writes
    QByteArray m_header;      // the same for the packets inside

    Outer m_outer = Outer::Header;
    quint64 m_outerLeft = 0;
    bool m_outerPartial = false;
    bool m_outerToEnd = false;
    bool m_versionSeen = false;

    Inner m_inner = Inner::Prefix;
    quint64 m_innerLeft = 0;
    bool m_innerPartial = false;
    qsizetype m_metaLeft = -1; // literal packet's format, file name and date still to skip (-1: unknown yet)
    QByteArray m_meta;
    QByteArray m_mdc;
    QByteArray m_prefix;
};

} // namespace lifeboat
