#include "RestoreOperation.h"

#include "BackupOperation.h"
#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/FileOps.h"
#include "pipeline/FileSink.h"
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
    if (meta.kind != QLatin1String("sqlite"))
        return fail(ErrorCode::Usage, tr("restoring %1 backups is not available in this build yet (sqlite only)").arg(meta.kind));

    auto keys = JobSupport::decodeSettings(job, meta.encryption);
    if (!keys)
        return fail(keys.error());

    return restoreSqlite(job, **repo, meta, *keys);
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
    if (status && exists) {
        reportStep(tr("Taking a safety backup of %1").arg(target));
        BackupParams safety{m_params.config, job.name, tr("safety copy before restoring %1").arg(meta.id), false, target};
        auto safetyResult = BackupOperation::perform(safety, this);
        if (!safetyResult)
            status = fail(safetyResult.error().code,
                          tr("the safety backup of %1 failed, so nothing was replaced: %2").arg(target, safetyResult.error().message));
        else
            m_result.safetyBackupId = safetyResult->meta.id;
    }
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
