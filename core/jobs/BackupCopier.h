#pragma once

#include "common/Result.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>

namespace lifeboat {

class OperationContext;
class Repository;

// copy_to: puts a stored backup into another repository byte for byte — every part, then the
// main artifact, then the sidecar last, so the copy appears whole or not at all. The bytes are
// hashed on the way (a damaged source fails the copy instead of spreading to the offsite copy),
// and the stored copy is read back and checked against the sidecar's checksum before its sidecar
// is written.
class BackupCopier
{
    Q_DECLARE_TR_FUNCTIONS(BackupCopier)

public:
    // Succeeds at once when `to` already holds the backup.
    [[nodiscard]] static Status copy(Repository &from, Repository &to, const BackupMetadata &meta, OperationContext *context);
};

} // namespace lifeboat
