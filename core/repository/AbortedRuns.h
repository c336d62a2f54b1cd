#pragma once

#include "BackupMetadata.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace lifeboat {

// Which files of a job's backups folder an aborted run left: ".partial" files, and artifacts
// whose sidecar never got written. Parts (globals) named in a sidecar belong to their backup.
// While any sidecar cannot be read, only .partial files are named: nothing that may belong to
// a backup. `readSidecar` returns nullopt for an unreadable one.
QStringList abortedRunFiles(const QStringList &files, const std::function<std::optional<BackupMetadata>(const QString &sidecar)> &readSidecar);

} // namespace lifeboat
