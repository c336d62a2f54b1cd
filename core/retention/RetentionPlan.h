#pragma once

#include "config/Config.h"
#include "repository/BackupMetadata.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace lifeboat {

// CLI.md "Retention, exactly", as a pure function of one job's backups, its policy, the time
// and the config's timezone: which backups stay (and every rule that kept each) and which go.
struct RetentionPlan
{
    struct Kept
    {
        BackupMetadata backup;
        QStringList reasons; // "daily", "oldest monthly", "last", "within", "keep_forever", "newest"
    };
    QList<Kept> kept;               // newest first
    QList<BackupMetadata> removed;  // newest first

    static RetentionPlan compute(const QList<BackupMetadata> &backups, const RetentionPolicy &policy, const QDateTime &now,
                                 const QString &timezone);
    static bool isEmpty(const RetentionPolicy &policy);
};

} // namespace lifeboat
