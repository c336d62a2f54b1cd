#pragma once

#include "PgAccess.h"
#include "PgConnection.h"
#include "pipeline/StreamChain.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>
#include <QMap>
#include <functional>

namespace lifeboat {

class DecodedArchive;
class OperationContext;
class Repository;

// What part of a logical backup to restore. Tables are named as in the sidecar ("schema.table").
struct PgRestoreOptions
{
    int jobs = 1;
    QStringList tables; // empty: all
    bool schemaOnly = false;
    bool dataOnly = false;
    bool disableTriggers = false; // data-only as a superuser: triggers do not fire on loaded rows
    bool selective() const { return !tables.isEmpty() || schemaOnly || dataOnly; }
};

// Restores a logical backup on the job's server and proves it: the row count of every restored
// table must equal the sidecar's. A database it created is dropped on any failure.
class PgRestorer
{
    Q_DECLARE_TR_FUNCTIONS(PgRestorer)

public:
    PgRestorer(Repository &repository, BackupMetadata meta, DecodeSettings keys, PgAccess access);

    // The server major version the backup came from (pg_restore must be at least that).
    int sourceMajor() const;
    Result<std::unique_ptr<PgConnection>> admin() const; // connection to the maintenance db
    Result<bool> databaseExists(PgConnection &admin, const QString &database) const;
    // --tables names: "schema.table" or a bare "table" found in exactly one schema of the backup.
    Result<QStringList> resolveTables(const QStringList &names) const;
    // Refuses options the backup cannot honour (selective restore of a plain SQL dump).
    Status checkOptions(const PgRestoreOptions &options) const;

    // Creates `database` and restores into it. Custom and plain archives stream into one
    // pg_restore/psql while they decode; directory archives (parallel --jobs) and selective
    // restores decode to a scratch folder or file first. Returns the restored row counts.
    Result<QMap<QString, qint64>> restoreNew(const QString &database, const PgRestoreOptions &options, OperationContext *context);
    // --data-only into an existing database whose tables exist and are empty, in one transaction.
    Result<QMap<QString, qint64>> restoreDataInto(const QString &database, const PgRestoreOptions &options, OperationContext *context);
    static Status dropDatabase(PgConnection &admin, const QString &database);
    // Runs the backup's roles-and-tablespaces script on the server; statements that fail
    // (a role that already exists) are reported, not fatal. Returns those errors.
    Result<QStringList> applyGlobals(OperationContext *context);
    // verify --level format: pg_restore --list accepts the decoded archive and, for the directory
    // format, every table's data file is there (plain: the dump's header and completion line).
    static Status checkFormat(const BackupMetadata &meta, const QString &decoded);

private:
    Status restoreInto(const QString &database, const PgRestoreOptions &options, OperationContext *context);
    Status restorePlain(const QString &database, OperationContext *context);
    // pg_restore or psql of the backup's version, started with the password in a PGPASSFILE
    // that `holder` keeps alive.
    Result<std::unique_ptr<class ChildProcess>> startClient(const QString &tool, const QStringList &args,
                                                            std::unique_ptr<QTemporaryDir> &holder) const;
    struct Items
    {
        qint64 done = 0;
        qint64 total = 0;
    };
    // A whole custom archive: definitions by pg_restore from the TOC, rows over `jobs` libpq
    // connections at once (PgCopyLoader), then the rest with pg_restore --jobs. *declined: the
    // archive cannot be loaded that way and nothing was written.
    Status loadInParallel(const QString &database, int jobs, const QString &what, Items &items, bool *declined, OperationContext *context);
    // One pg_restore run; `feed` (when set) streams the archive into its stdin.
    Status runPgRestore(const QStringList &args, const QString &what, Items &items, const std::function<Status(Sink *)> &feed,
                        OperationContext *context);
    Status compareCounts(const QString &database, const PgRestoreOptions &options, QMap<QString, qint64> &counts) const;
    // Rows per table as the server reported them to PgCopyLoader's COPY commands in this
    // restore (into a new database nothing else writes to): compareCounts need not scan those.
    QMap<QString, qint64> m_rowsLoaded;

    Repository &m_repository;
    BackupMetadata m_meta;
    DecodeSettings m_keys;
    PgAccess m_access;
};

} // namespace lifeboat
