#pragma once

#include "WalEvents.h"

#include <QByteArray>
#include <QVector>

namespace lifeboat {

// The commits of one indexed stretch of WAL as one compact value for the catalog: a commit
// costs 5-7 bytes (deltas of time, xid and LSN as variable-length integers) instead of a row,
// so a day of a busy server's commits stays a few rows and a few megabytes.
class CommitPacking
{
public:
    static QByteArray pack(const QVector<WalCommit> &commits);
    // False when `data` is damaged (then `out` is left empty).
    static bool unpack(const QByteArray &data, QVector<WalCommit> *out);
};

} // namespace lifeboat
