#pragma once

#include "PgAccess.h"
#include "PgConnection.h"
#include "pipeline/StreamChain.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>
#include <QMap>

namespace lifeboat {

class OperationContext;
class Repository;

// Restores a logical backup into a new database on the job's server and proves it: every
// table's row count must equal the sidecar's. A database it created is dropped on any failure.
class PgRestorer
{
    Q_DECLARE_TR_FUNCTIONS(PgRestorer)

public:
    PgRestorer(Repository &repository, BackupMetadata meta, DecodeSettings keys, PgAccess access);

    // The server major version the backup came from (pg_restore must be at least that).
    int sourceMajor() const;
    Result<std::unique_ptr<PgConnection>> admin() const; // connection to the maintenance db
    Result<bool> databaseExists(PgConnection &admin, const QString &database) const;

    // Creates `database` and restores into it; `jobs` > 1 decodes to a scratch file first so
    // pg_restore can work in parallel (custom format only). Returns the restored row counts.
    Result<QMap<QString, qint64>> restoreNew(const QString &database, int jobs, OperationContext *context);
    static Status dropDatabase(PgConnection &admin, const QString &database);
    // verify --level format: pg_restore --list accepts the decoded archive (plain: the dump's
    // header and completion line are there).
    static Status checkFormat(const BackupMetadata &meta, const QString &decodedFile);

private:
    Status runRestore(const QString &database, int jobs, OperationContext *context);
    Status compareCounts(const QString &database, QMap<QString, qint64> &counts) const;

    Repository &m_repository;
    BackupMetadata m_meta;
    DecodeSettings m_keys;
    PgAccess m_access;
};

} // namespace lifeboat
