#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>

namespace lifeboat {

// The small edits a user makes to one stored backup: pin it (retention never removes a
// keep_forever backup), label it, or delete it. Each edit changes the repository first (the
// sidecar, rewritten atomically, is the truth), then the catalog, and leaves a row in the audit
// trail. Each takes the job's lock, so it never races a running backup or prune (Busy then).
class BackupEditor
{
    Q_DECLARE_TR_FUNCTIONS(BackupEditor)

public:
    [[nodiscard]] static Status setKeepForever(const Config &config, const QString &id, bool keep);
    [[nodiscard]] static Status setLabel(const Config &config, const QString &id, const QString &label);
    [[nodiscard]] static Status remove(const Config &config, const QString &id);
};

} // namespace lifeboat
