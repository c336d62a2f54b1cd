#include "RestoreOperation.h"

#include "BackupOperation.h"
#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/FileOps.h"
#include "pipeline/FileSink.h"
#include "postgres/PgRestorer.h"
#include "repository/Repository.h"
#include "sqlite/SqliteConnection.h"
#include "sqlite/SqliteSnapshot.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>

namespace lifeboat {

namespace {
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

// What killed restores left beside their targets: a partial file (SQLite, export) or folder
// (files) no process holds the lock of.
void RestoreOperation::removeAbandonedPartials(const QString &folder)
{
    const QString suffix = QStringLiteral(".lifeboat.partial");
    for (const QString &path : FileOps::abandonedFiles(folder, suffix)) {
        removeDatabaseFiles(path);
        reportLog(tr("removed %1, left by an aborted restore").arg(path));
    }
    for (const QString &path : FileOps::abandonedFiles(folder, suffix, true)) {
        FileOps::removeTree(path);
        reportLog(tr("removed %1, left by an aborted restore").arg(path));
    }
}

RestoreOperation::RestoreOperation(RestoreParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

QString RestoreOperation::defaultTarget(const QString &sourcePath, const QDateTime &now)
{
    const QFileInfo info(sourcePath);
    const QString dir = info.absoluteDir().exists() ? info.absolutePath() : QDir::currentPath();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return QDir(dir).filePath(QStringLiteral("%1_restored_%2%3")
                                  .arg(info.completeBaseName(), now.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")), suffix));
}

Status RestoreOperation::execute()
{
    Status status = restore();
    if (!m_params.dryRun && !m_result.target.isEmpty()) {
        // Who restored what, where, and how it ended: for auditors (catalog audit chain).
        auto catalog = JobSupport::catalog(m_params.config);
        if (catalog)
            (void)(*catalog)->recordAudit(QStringLiteral("restore"), m_params.id,
                                          tr("into %1%2: %3").arg(m_result.target, m_result.overwritten ? tr(" (replaced; safety backup %1)").arg(m_result.safetyBackupId) : QString(),
                                                                  status ? tr("ok") : tr("failed: %1").arg(status.error().message)));
    }
    return status;
}

Status RestoreOperation::restore()
{
    auto catalog = JobSupport::catalog(m_params.config);
    if (!catalog)
        return fail(catalog.error());
    auto entry = (*catalog)->findBackup(m_params.id);
    if (!entry)
        return fail(entry.error());
    const BackupMetadata &meta = entry->meta;
    m_result.id = meta.id;
    if (meta.status != QLatin1String("ok"))
        return fail(ErrorCode::Usage, tr("backup %1 is a failed run (%2); choose another backup (see \"lifeboat-cli list\")")
                                          .arg(meta.id, meta.error.isEmpty() ? meta.status : meta.error));
    if (!m_params.config.jobs.contains(meta.job))
        return fail(ErrorCode::InvalidConfig,
                    tr("job \"%1\" of backup %2 is not in the config (add it back with its keys to restore)").arg(meta.job, meta.id));
    const JobConfig job = m_params.config.jobs.value(meta.job);
    auto repo = JobSupport::repository(m_params.config, entry->repository);
    if (!repo)
        return fail(repo.error());
    if (meta.kind == QLatin1String("postgresql-base"))
        return fail(ErrorCode::Usage, tr("%1 is a base backup: lay it down with \"lifeboat-cli pitr %2 --pgdata DIR --immediate\" "
                                         "(or another target to replay archived WAL)")
                                          .arg(meta.id, meta.job));
    if (meta.kind == QLatin1String("app-export")) {
        auto keys = JobSupport::decodeSettings(job, meta.encryption);
        if (!keys)
            return fail(keys.error());
        return restoreExportFile(**repo, meta, *keys);
    }
    if (meta.kind != QLatin1String("sqlite") && meta.kind != QLatin1String("postgresql-logical") && meta.kind != QLatin1String("files"))
        return fail(ErrorCode::Usage, tr("backup %1 has kind \"%2\", which this version of Lifeboat does not know (its sidecar may be damaged: "
                                         "run \"lifeboat-cli verify %1\")").arg(meta.id, meta.kind));

    auto keys = JobSupport::decodeSettings(job, meta.encryption);
    if (!keys)
        return fail(keys.error());
    if (meta.kind == QLatin1String("postgresql-logical"))
        return restorePostgres(job, **repo, meta, *keys);
    if (!m_params.tables.isEmpty() || m_params.schemaOnly || m_params.dataOnly || m_params.withGlobals)
        return fail(ErrorCode::Usage, tr("--tables, --schema-only, --data-only and --with-globals apply to PostgreSQL backups; %1 is a %2 backup").arg(meta.id, meta.kind));
    if (meta.kind == QLatin1String("files"))
        return restoreFiles(job, **repo, meta, *keys);
    return restoreSqlite(job, **repo, meta, *keys);
}

Status RestoreOperation::takeSafetyBackup(const JobConfig &job, const QString &target, const BackupMetadata &meta)
{
    reportStep(tr("Taking a safety backup of %1").arg(target));
    BackupParams safety{m_params.config, job.name, tr("safety copy before restoring %1").arg(meta.id), false, target, {}};
    auto safetyResult = BackupOperation::perform(safety, this);
    if (!safetyResult)
        return fail(safetyResult.error().code,
                    tr("the safety backup of %1 failed, so nothing was replaced: %2").arg(target, safetyResult.error().message));
    m_result.safetyBackupId = safetyResult->meta.id;
    return {};
}

Status RestoreOperation::restoreSqlite(const JobConfig &job, Repository &repository, const BackupMetadata &meta,
                                       const DecodeSettings &keys)
{
    const QString target = QFileInfo(m_params.target.isEmpty()
                                         ? defaultTarget(job.path, Clock::instance().now())
                                         : m_params.target).absoluteFilePath();
    m_result.target = target;
    const bool exists = QFileInfo::exists(target);
    if (exists && !m_params.overwrite)
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 already exists (restore to a new file with --to, or pass --overwrite: a safety backup of it is taken first)").arg(target));
    if (!QFileInfo(target).absoluteDir().exists())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist (create it or choose another --to)").arg(QFileInfo(target).absolutePath()));

    // A damaged artifact is found before anything is created.
    reportStep(tr("Checking %1 before restoring").arg(meta.artifact));
    LB_TRY(ArtifactVerifier::checksum(repository, meta, this));

    m_result.plan = {tr("check %1 (done: checksum matches)").arg(meta.artifact),
                     tr("decode into %1.lifeboat.partial, check integrity and row counts").arg(target)};
    if (exists)
        m_result.plan += {tr("take a safety backup of %1 into repository \"%2\"").arg(target, repository.name()),
                          tr("replace %1 in one rename").arg(target)};
    else
        m_result.plan += tr("rename into %1").arg(target);
    if (m_params.dryRun)
        return {};

    const QString partial = target + QStringLiteral(".lifeboat.partial");
    removeAbandonedPartials(QFileInfo(target).absolutePath());
    if (QFileInfo::exists(partial))
        return fail(ErrorCode::AlreadyExists, tr("another restore into %1 is running (%2 is being written): wait for it to finish").arg(target, partial));
    removeDatabaseFiles(partial);
    reportStep(tr("Decoding into %1").arg(partial));
    FileSink file;
    auto status = file.open(partial);
    if (status)
        status = ArtifactVerifier::decode(repository, meta, keys, &file, this);
    if (status) {
        reportStep(tr("Checking the restored database"));
        status = ArtifactVerifier::checkFormat(meta, partial);
    }
    if (status && exists)
        status = takeSafetyBackup(job, target, meta);
    if (!status) {
        file.discard();
        removeDatabaseFiles(partial);
        return status;
    }

    if (exists) {
        QFile::setPermissions(partial, QFile::permissions(target));
        // Fold the old database's WAL into it, so no stale -wal file is left beside the new one.
        if (auto old = SqliteConnection::open(target, SqliteConnection::Mode::ReadWrite))
            (void)old->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        status = FileOps::commitRename(partial, target);
        if (status) {
            QFile::remove(target + QStringLiteral("-wal"));
            QFile::remove(target + QStringLiteral("-shm"));
            m_result.overwritten = true;
        }
    } else if (::renameat2(AT_FDCWD, QFile::encodeName(partial).constData(), AT_FDCWD,
                           QFile::encodeName(target).constData(), RENAME_NOREPLACE) != 0) {
        status = fail(FileOps::errnoError(errno, target, tr("cannot rename into")));
    } else {
        status = FileOps::syncDirectory(QFileInfo(target).absolutePath());
    }
    if (!status) {
        removeDatabaseFiles(partial);
        return status;
    }
    auto facts = SqliteSnapshot::inspect(target);
    if (!facts)
        return fail(facts.error());
    m_result.tables = facts->tables;
    return {};
}

} // namespace lifeboat

namespace lifeboat {

Status RestoreOperation::restorePostgres(const JobConfig &job, Repository &repository, const BackupMetadata &meta,
                                         const DecodeSettings &keys)
{
    auto access = PgAccess::forJob(job);
    if (!access)
        return fail(access.error());
    // --to: a database name, or a conninfo naming another server (its password: the job's).
    QString database = m_params.target;
    if (database.contains(QLatin1Char('='))) {
        access->conninfo = database;
        database = PgConnection::databaseOf(database);
    }
    if (database.isEmpty())
        database = QStringLiteral("%1_restored_%2")
                       .arg(meta.source.value(QStringLiteral("database")).toString(),
                            Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")));
    m_result.target = database;
    PgRestorer restorer(repository, meta, keys, *access);
    PgRestoreOptions options;
    options.jobs = m_params.jobs > 0 ? m_params.jobs : job.parallel;
    options.schemaOnly = m_params.schemaOnly;
    options.dataOnly = m_params.dataOnly;
    auto tables = restorer.resolveTables(m_params.tables);
    if (!tables)
        return fail(tables.error());
    options.tables = *tables;
    LB_TRY(restorer.checkOptions(options));
    auto admin = restorer.admin();
    if (!admin)
        return fail(admin.error());
    auto exists = restorer.databaseExists(**admin, database);
    if (!exists)
        return fail(exists.error());
    if (options.dataOnly)
        return restorePostgresData(restorer, repository, meta, database, *exists, options);
    if (*exists && !m_params.overwrite)
        return fail(ErrorCode::AlreadyExists,
                    tr("database %1 already exists (restore into a new one with --to NAME, or pass --overwrite: a safety backup of it is taken first)").arg(database));
    if (*exists) {
        auto others = (*admin)->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()"), {database});
        if (!others)
            return fail(others.error());
        if (*others != QLatin1String("0") && !m_params.terminateConnections)
            return fail(ErrorCode::Busy, tr("database %1 has %2 other session(s) (stop the application, or pass --terminate-connections)").arg(database, *others));
    }
    const QString side = *exists ? database + QStringLiteral("_lifeboat_new") : database;
    m_result.plan = {tr("check %1 (checksum)").arg(meta.artifact),
                     tr("create database %1 and restore into it, then compare row counts with the backup").arg(side)};
    if (*exists)
        m_result.plan += {tr("take a safety backup of database %1 into repository \"%2\"").arg(database, repository.name()),
                          tr("swap names in one transaction: %1 becomes %2; drop the old database").arg(side, database)};
    if (m_params.withGlobals)
        m_result.plan.insert(1, tr("create the roles and tablespaces stored with the backup (existing ones are kept)"));
    if (m_params.withGlobals && !meta.parts.contains(QStringLiteral("globals")))
        return fail(ErrorCode::Usage, tr("backup %1 holds no roles and tablespaces (set globals = true in job \"%2\" for later backups)").arg(meta.id, meta.job));
    if (m_params.dryRun)
        return {};

    reportStep(tr("Checking %1 before restoring").arg(meta.artifact));
    LB_TRY(ArtifactVerifier::checksum(repository, meta, this));
    if (m_params.withGlobals) {
        LB_TRY(ArtifactVerifier::checksum(repository, meta.part(QStringLiteral("globals")), this));
        auto applied = restorer.applyGlobals(this);
        if (!applied)
            return fail(applied.error());
    }
    if (*exists)
        (void)PgRestorer::dropDatabase(**admin, side); // a leftover of an earlier failed attempt
    auto counts = restorer.restoreNew(side, options, this);
    if (!counts)
        return fail(counts.error());
    m_result.tables = *counts;
    if (!*exists)
        return {};

    reportStep(tr("Taking a safety backup of database %1").arg(database));
    BackupParams safety{m_params.config, job.name, tr("safety copy before restoring %1").arg(meta.id), false, database, {}};
    auto safetyResult = BackupOperation::perform(safety, this);
    if (!safetyResult) {
        (void)PgRestorer::dropDatabase(**admin, side);
        return fail(safetyResult.error().code,
                    tr("the safety backup of database %1 failed, so nothing was replaced: %2").arg(database, safetyResult.error().message));
    }
    m_result.safetyBackupId = safetyResult->meta.id;

    reportStep(tr("Swapping %1 into place").arg(database));
    const QString old = database + QStringLiteral("_lifeboat_old");
    (void)PgRestorer::dropDatabase(**admin, old);
    if (m_params.terminateConnections)
        (void)(*admin)->query(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()"),
                              {database});
    Status swapped = (*admin)->exec(QStringLiteral("BEGIN"));
    if (swapped)
        swapped = (*admin)->exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(PgConnection::quoteIdentifier(database), PgConnection::quoteIdentifier(old)));
    if (swapped)
        swapped = (*admin)->exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(PgConnection::quoteIdentifier(side), PgConnection::quoteIdentifier(database)));
    if (swapped)
        swapped = (*admin)->exec(QStringLiteral("COMMIT"));
    if (!swapped) {
        (void)(*admin)->exec(QStringLiteral("ROLLBACK"));
        (void)PgRestorer::dropDatabase(**admin, side);
        return fail(swapped.error().code, tr("could not swap the restored database into place, %1 is unchanged: %2").arg(database, swapped.error().message));
    }
    m_result.overwritten = true;
    (void)PgRestorer::dropDatabase(**admin, old);
    return {};
}

Status RestoreOperation::restorePostgresData(PgRestorer &restorer, Repository &repository, const BackupMetadata &meta, const QString &database, bool exists,
                                             const PgRestoreOptions &options)
{
    if (m_params.target.isEmpty() || !exists)
        return fail(ErrorCode::Usage, tr("--data-only loads rows into an existing database: name it with --to (restore its schema first with --schema-only)"));
    if (m_params.overwrite)
        return fail(ErrorCode::Usage, tr("--data-only adds rows to empty tables and replaces nothing: leave out --overwrite"));
    m_result.plan = {tr("check %1 (checksum)").arg(meta.artifact),
                     tr("load the rows of %1 into database %2 in one transaction, then compare row counts with the backup")
                         .arg(options.tables.isEmpty() ? tr("every table") : options.tables.join(QStringLiteral(", ")), database)};
    if (m_params.dryRun)
        return {};
    reportStep(tr("Checking %1 before restoring").arg(meta.artifact));
    LB_TRY(ArtifactVerifier::checksum(repository, meta, this));
    auto counts = restorer.restoreDataInto(database, options, this);
    if (!counts)
        return fail(counts.error());
    m_result.tables = *counts;
    return {};
}

// An application export is restored as its JSON file; importing it into the application's
// database is a separate, planned step ("lifeboat-cli import JOB FILE --dry-run" first).
Status RestoreOperation::restoreExportFile(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys)
{
    const QString target = QFileInfo(m_params.target.isEmpty() ? QDir::current().filePath(meta.id + QStringLiteral(".json")) : m_params.target).absoluteFilePath();
    m_result.target = target;
    if (QFileInfo::exists(target) && !m_params.overwrite)
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists (choose another --to, or pass --overwrite)").arg(target));
    if (!QFileInfo(target).absoluteDir().exists())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist (create it or choose another --to)").arg(QFileInfo(target).absolutePath()));
    m_result.plan = {tr("decode %1 into %2").arg(meta.artifact, target),
                     tr("then import it with \"lifeboat-cli import %1 %2 --dry-run\"").arg(meta.job, target)};
    if (m_params.dryRun)
        return {};
    reportStep(tr("Decoding %1").arg(meta.artifact));
    const QString partial = target + QStringLiteral(".lifeboat.partial");
    removeAbandonedPartials(QFileInfo(target).absolutePath());
    FileSink file;
    auto status = file.open(partial);
    if (status)
        status = ArtifactVerifier::decode(repository, meta, keys, &file, this);
    if (status)
        status = FileOps::commitRename(partial, target);
    if (!status) {
        QFile::remove(partial);
        return status;
    }
    return {};
}

} // namespace lifeboat
