#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace lifeboat::openpgp {

// RFC 4880 §4.2 packet framing, just enough to walk an encrypted message without librnp.

struct Header
{
    int tag = 0;
    quint64 length = 0;   // of the body, or of its first part when partial
    bool partial = false; // new-format partial body length: more parts follow
    bool indeterminate = false; // old format, length type 3: the body runs to the end
};

// Parses a packet header at `p`. Returns its size (> 0), 0 when more bytes are needed, -1 when
// the bytes are not a packet header.
int parseHeader(const uchar *p, size_t n, Header &h);

// Parses a new-format body length (also the length of each following part of a partial body).
// Returns its size (> 0) or 0 when more bytes are needed.
int parseNewLength(const uchar *p, size_t n, quint64 &length, bool &partial);

// Reads a multiprecision integer at `p` (bit count, then big-endian bytes) into `value`.
// Returns the bytes used or 0 when it does not fit in `n`.
size_t readMpi(const uchar *p, size_t n, QByteArray &value);

// Key size in bytes of an OpenPGP symmetric algorithm Lifeboat can decrypt in process (AES), or 0.
int aesKeySize(int symmetricAlgorithm);

} // namespace lifeboat::openpgp
