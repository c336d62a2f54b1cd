#include "AbortedRuns.h"

#include "BackupNaming.h"

#include <QSet>

namespace lifeboat {

QStringList abortedRunFiles(const QStringList &files, const std::function<std::optional<BackupMetadata>(const QString &sidecar)> &readSidecar)
{
    static const QString sidecarSuffix = QStringLiteral(".meta.json");
    QSet<QString> parts;
    bool allSidecarsRead = true;
    for (const QString &name : files) {
        if (!name.endsWith(sidecarSuffix))
            continue;
        const auto meta = readSidecar(name);
        allSidecarsRead = allSidecarsRead && meta.has_value();
        if (meta)
            for (const QString &part : meta->partArtifacts())
                parts.insert(part);
    }
    QStringList stale;
    for (const QString &file : files) {
        bool aborted = file.endsWith(QLatin1String(".partial"));
        if (!aborted && allSidecarsRead && !file.endsWith(sidecarSuffix) && !parts.contains(file))
            aborted = !files.contains(BackupNaming::sidecarName(file)); // artifact whose run never finished
        if (aborted)
            stale.append(file);
    }
    return stale;
}

} // namespace lifeboat
