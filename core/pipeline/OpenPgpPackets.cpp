#include "OpenPgpPackets.h"

namespace lifeboat::openpgp {

namespace {
quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}
} // namespace

int parseNewLength(const uchar *p, size_t n, quint64 &length, bool &partial)
{
    partial = false;
    if (n < 1)
        return 0;
    if (p[0] < 192) {
        length = p[0];
        return 1;
    }
    if (p[0] < 224) {
        if (n < 2)
            return 0;
        length = ((quint64(p[0]) - 192) << 8) + p[1] + 192;
        return 2;
    }
    if (p[0] == 255) {
        if (n < 5)
            return 0;
        length = be32(p + 1);
        return 5;
    }
    length = quint64(1) << (p[0] & 0x1f);
    partial = true;
    return 1;
}

int parseHeader(const uchar *p, size_t n, Header &h)
{
    h = Header{};
    if (n < 1)
        return 0;
    const uchar b = p[0];
    if (!(b & 0x80))
        return -1;
    if (b & 0x40) {
        h.tag = b & 0x3f;
        const int l = parseNewLength(p + 1, n - 1, h.length, h.partial);
        return l == 0 ? 0 : 1 + l;
    }
    h.tag = (b >> 2) & 0x0f;
    switch (b & 3) {
    case 0:
        if (n < 2)
            return 0;
        h.length = p[1];
        return 2;
    case 1:
        if (n < 3)
            return 0;
        h.length = (quint64(p[1]) << 8) | p[2];
        return 3;
    case 2:
        if (n < 5)
            return 0;
        h.length = be32(p + 1);
        return 5;
    default:
        h.indeterminate = true;
        return 1;
    }
}

size_t readMpi(const uchar *p, size_t n, QByteArray &value)
{
    if (n < 2)
        return 0;
    const size_t bits = (size_t(p[0]) << 8) | p[1];
    const size_t bytes = (bits + 7) / 8;
    if (n < 2 + bytes)
        return 0;
    value = QByteArray(reinterpret_cast<const char *>(p + 2), qsizetype(bytes));
    return 2 + bytes;
}

int aesKeySize(int symmetricAlgorithm)
{
    switch (symmetricAlgorithm) {
    case 7:
        return 16;
    case 8:
        return 24;
    case 9:
        return 32;
    default:
        return 0;
    }
}

} // namespace lifeboat::openpgp
