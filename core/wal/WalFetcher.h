#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>

namespace lifeboat {

// `wal-fetch JOB NAME DEST` (restore_command = '... wal-fetch JOB %f %p'): decodes one archived
// WAL file into DEST atomically after checking its hash. A file that was never archived is
// ErrorCode::NotFound (exit 1, the normal end of the archive, said quietly); a damaged one is
// ErrorCode::Corrupt (exit 3, said loudly).
class WalFetcher
{
    Q_DECLARE_TR_FUNCTIONS(WalFetcher)

public:
    static Status fetch(const Config &config, const QString &job, const QString &name, const QString &dest);
};

} // namespace lifeboat
