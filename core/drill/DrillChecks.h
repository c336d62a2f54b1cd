#pragma once

#include "common/Result.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace lifeboat {

// Where a drill step restored to, for the checks after it.
struct RestoredTarget
{
    enum class Type { SqliteFile, Postgres, Folder };
    Type type = Type::SqliteFile;
    QString path;      // SQLite file, or the restored folder (files jobs)
    QString conninfo;  // PostgreSQL, without a password
    QByteArray password;
    BackupMetadata backup; // what was restored (row counts for row-counts)
    QDateTime newestData;  // backup end, or the last replayed commit for PITR
    std::shared_ptr<void> keepAlive; // the scratch server, stopped when the last user lets go
    QString describe() const { return type == Type::Postgres ? conninfo : path; }
};

// The automatic checks a drill runs against a restored target. Each returns what it saw
// ("12000 rows") or an error saying what differed.
class DrillChecks
{
    Q_DECLARE_TR_FUNCTIONS(DrillChecks)

public:
    static Result<QString> sql(const RestoredTarget &target, const QString &query, const QString &expect);
    static Result<QString> rowCounts(const RestoredTarget &target);
    // `environment` gets LIFEBOAT_DRILL_TARGET (the file or conninfo, never a password).
    static Result<QString> command(const QStringList &command, int expectExit, int timeoutSeconds, const RestoredTarget *target,
                                   const std::function<bool()> &cancelled);
    static Result<QString> http(const QString &url, int expectStatus, int timeoutSeconds);
};

} // namespace lifeboat
