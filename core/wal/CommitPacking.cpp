#include "CommitPacking.h"

namespace lifeboat {

namespace {

constexpr char kVersion = 1;

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const char *&p, const char *end, quint64 *v)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const quint8 byte = quint8(*p++);
        result |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80)) {
            *v = result;
            return true;
        }
    }
    return false;
}

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

} // namespace

QByteArray CommitPacking::pack(const QVector<WalCommit> &commits)
{
    QByteArray out;
    out.reserve(commits.size() * 7 + 8);
    out.append(kVersion);
    putVarint(out, quint64(commits.size()));
    qint64 time = 0;
    qint64 xid = 0;
    quint64 lsn = 0;
    for (const WalCommit &c : commits) {
        putVarint(out, zigzag(c.timeUs - time));
        putVarint(out, zigzag(qint64(c.xid) - xid));
        // WAL order: LSNs only grow. The lowest bit carries commit/abort.
        putVarint(out, ((c.lsn - lsn) << 1) | (c.abort ? 1 : 0));
        time = c.timeUs;
        xid = qint64(c.xid);
        lsn = c.lsn;
    }
    return out;
}

bool CommitPacking::unpack(const QByteArray &data, QVector<WalCommit> *out)
{
    out->clear();
    const char *p = data.constData();
    const char *end = p + data.size();
    if (p == end || *p++ != kVersion)
        return false;
    quint64 count = 0;
    if (!getVarint(p, end, &count) || count > quint64(data.size()))
        return false;
    out->reserve(qsizetype(count));
    qint64 time = 0;
    qint64 xid = 0;
    quint64 lsn = 0;
    for (quint64 i = 0; i < count; ++i) {
        quint64 dt = 0, dx = 0, dl = 0;
        if (!getVarint(p, end, &dt) || !getVarint(p, end, &dx) || !getVarint(p, end, &dl)) {
            out->clear();
            return false;
        }
        time += unzigzag(dt);
        xid += unzigzag(dx);
        lsn += dl >> 1;
        out->append(WalCommit{time, quint32(xid), lsn, bool(dl & 1)});
    }
    if (p != end) {
        out->clear();
        return false;
    }
    return true;
}

} // namespace lifeboat
