#pragma once

#include "config/Config.h"

#include <QDateTime>
#include <QString>

namespace lifeboat {

// The seed's naming convention: {job}-db-backup-{YYYYMMDD}-{HHMMSS} for databases,
// {job}-export-... for application exports, {job}-files-... for folders (UTC); the extension
// says format, compression and encryption in order (".sqlite.zst.gpg").
namespace BackupNaming {
QString backupId(const QString &job, const QString &kind, const QDateTime &startedUtc);
QString artifactName(const QString &id, const QString &formatExtension, const CompressionSpec &compression, bool encrypted);
QString sidecarName(const QString &artifact);
} // namespace BackupNaming

} // namespace lifeboat
