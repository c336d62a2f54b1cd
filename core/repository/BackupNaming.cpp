#include "BackupNaming.h"

namespace lifeboat::BackupNaming {

QString backupId(const QString &job, const QString &kind, const QDateTime &startedUtc)
{
    QString infix = QStringLiteral("db-backup");
    if (kind == QLatin1String("app-export"))
        infix = QStringLiteral("export");
    else if (kind == QLatin1String("files"))
        infix = QStringLiteral("files");
    return QStringLiteral("%1-%2-%3").arg(job, infix, startedUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString artifactName(const QString &id, const QString &formatExtension, const CompressionSpec &compression, bool encrypted)
{
    return id + formatExtension + compression.extension() + (encrypted ? QStringLiteral(".gpg") : QString());
}

QString sidecarName(const QString &artifact)
{
    return artifact + QStringLiteral(".meta.json");
}

} // namespace lifeboat::BackupNaming
