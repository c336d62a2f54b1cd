#pragma once

#include <QByteArray>

struct rnp_ffi_st;

namespace lifeboat {

// Decides, from the first bytes of an encrypted message, whether Lifeboat can decrypt its
// SEIPD packet in process (SeipdDecoder, OpenSSL) instead of through librnp. librnp 0.16's CFB
// calls the cipher once per 16-byte block, ~190 MB/s here, which made decryption the critical
// path of a large restore; OpenSSL's CFB runs at memory speed.
//
// The in-process path covers what Lifeboat itself writes with public keys: a version 3 PKESK for
// an unprotected Curve25519 ECDH secret key that the keyring holds, followed by SEIPD v1 (MDC)
// with AES whose first inner packet is literal data. Anything else — passwords, RSA keys,
// protected keys, AEAD, unprotected data, or a key that does not fit — goes to librnp, which also
// produces the errors users see for wrong keys and damaged headers.
struct DecryptionPlan
{
    enum class Verdict { NeedMore, Librnp, InProcess };
    Verdict verdict = Verdict::NeedMore;
    int algorithm = 0;      // OpenPGP symmetric algorithm of the session key (AES)
    QByteArray sessionKey;  // cleared by the caller's owner when no longer needed
    qsizetype seipdOffset = 0; // where the SEIPD packet's header starts in the message
};

// `head` is the message from its first byte; `ffi` the keyring's librnp context (read only: its
// secret keys are exported to find the key's material). `final` says no more bytes will come.
DecryptionPlan planDecryption(const QByteArray &head, rnp_ffi_st *ffi, bool final);

} // namespace lifeboat
