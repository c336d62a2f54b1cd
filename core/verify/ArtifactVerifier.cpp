#include "ArtifactVerifier.h"

#include "appdata/AppExportSource.h"

#include "common/FileOps.h"
#include "common/OperationContext.h"
#include "files/FilesExtractSink.h"
#include "jobs/JobSupport.h"
#include "pipeline/FileSink.h"
#include "pipeline/TarExtractSink.h"
#include "repository/Repository.h"
#include "config/Config.h"
#include "postgres/DecodedArchive.h"
#include "postgres/PgRestorer.h"
#include "sqlite/SqliteSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <unistd.h>

namespace lifeboat {

namespace {
Error inBackup(const BackupMetadata &meta, Error error)
{
    error.message = ArtifactVerifier::tr("backup %1 (%2): %3").arg(meta.id, meta.artifact, error.message);
    return error;
}
} // namespace

bool ArtifactVerifier::isLevel(const QString &level)
{
    return QStringList{QStringLiteral("checksum"), QStringLiteral("decode"), QStringLiteral("format"), QStringLiteral("restore")}
        .contains(level);
}

Status ArtifactVerifier::checksum(Repository &repository, const BackupMetadata &meta, OperationContext *context)
{
    Sha256Tap tap(nullptr);
    auto status = repository.readArtifact(meta, &tap, context);
    if (!status)
        return fail(inBackup(meta, status.error()));
    LB_TRY(tap.finish());
    if (tap.bytes() != meta.sizeBytes)
        return fail(inBackup(meta, {ErrorCode::Corrupt,
                                    tr("size is %1 bytes, the sidecar says %2: the file is truncated or altered (use another backup or a copy)")
                                        .arg(tap.bytes())
                                        .arg(meta.sizeBytes), {}}));
    if (tap.hex() != meta.sha256)
        return fail(inBackup(meta, {ErrorCode::Corrupt,
                                    tr("SHA-256 mismatch: the stored bytes were altered or damaged (use another backup or a copy)"),
                                    tap.hex() + QStringLiteral(" != ") + meta.sha256}));
    return {};
}

Status ArtifactVerifier::decode(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys, Sink *out,
                                OperationContext *context)
{
    auto chain = StreamChain::decoder(keys, out);
    if (!chain)
        return fail(inBackup(meta, chain.error()));
    auto status = repository.readArtifact(meta, (*chain)->input(), context);
    if (status)
        status = (*chain)->finish();
    if (!status)
        return fail(inBackup(meta, status.error()));
    if ((*chain)->storedSha256() != meta.sha256)
        return fail(inBackup(meta, {ErrorCode::Corrupt, tr("SHA-256 of the stored bytes does not match the sidecar (use another backup or a copy)"), {}}));
    if (!meta.contentSha256.isEmpty() && (*chain)->contentSha256() != meta.contentSha256)
        return fail(inBackup(meta, {ErrorCode::Corrupt, tr("the decoded content does not match its SHA-256 in the sidecar (use another backup)"), {}}));
    return {};
}

Status ArtifactVerifier::checkFormat(const BackupMetadata &meta, const QString &decodedFile)
{
    if (meta.kind == QLatin1String("postgresql-logical"))
        return PgRestorer::checkFormat(meta, decodedFile);
    if (meta.kind == QLatin1String("app-export")) {
        QFile f(decodedFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Failed, tr("cannot read the decoded export %1").arg(decodedFile));
        QMap<QString, qint64> expected;
        const QJsonObject tables = meta.source.value(QStringLiteral("tables")).toObject();
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
            expected.insert(it.key(), it.value().toInteger());
        QStringList differing;
        LB_TRY(AppExportSource::checkFormat(meta.source.value(QStringLiteral("profile")).toString(), f.readAll(), expected, &differing));
        if (!differing.isEmpty())
            return fail(ErrorCode::Corrupt, tr("entity counts differ from the backup's record: %1").arg(differing.join(QStringLiteral("; "))));
        return {};
    }
    if (meta.kind != QLatin1String("sqlite"))
        return fail(ErrorCode::Usage, tr("level format is not available for %1 backups in this build (use checksum or decode)").arg(meta.kind));
    auto facts = SqliteSnapshot::inspect(decodedFile);
    if (!facts)
        return fail(ErrorCode::Corrupt, facts.error().message);
    const QStringList differing = meta.tableDifferences(facts->tables);
    if (!differing.isEmpty())
        return fail(ErrorCode::Corrupt, tr("row counts differ from the backup's record: %1").arg(differing.join(QStringLiteral("; "))));
    return {};
}

Status ArtifactVerifier::verify(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys,
                                const QString &level, OperationContext *context, const JobConfig *job)
{
    LB_TRY(verifyMain(repository, meta, keys, level, context, job));
    for (auto it = meta.parts.constBegin(); it != meta.parts.constEnd(); ++it)
        LB_TRY(verifyPart(repository, meta.part(it.key()), keys, level, context));
    return {};
}

Status ArtifactVerifier::verifyPart(Repository &repository, const BackupMetadata &part, const DecodeSettings &keys, const QString &level,
                                    OperationContext *context)
{
    if (level == QLatin1String("checksum"))
        return checksum(repository, part, context);
    if (level == QLatin1String("decode")) {
        NullSink null;
        return decode(repository, part, keys, &null, context);
    }
    // format and restore: the globals script is complete (roles are not test-restored: they are
    // server-wide, a throwaway database cannot hold them).
    const QString scratch = QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-verify-%1-%2").arg(::getpid()).arg(part.artifact));
    QFile::remove(scratch);
    FileSink file;
    auto status = file.open(scratch);
    if (status)
        status = decode(repository, part, keys, &file, context);
    if (status) {
        QFile f(scratch);
        const QByteArray all = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (!all.contains("-- PostgreSQL database cluster dump") || !all.contains("-- PostgreSQL database cluster dump complete"))
            status = fail(inBackup(part, {ErrorCode::Corrupt, tr("the roles and tablespaces script is incomplete (its header or completion line is missing)"), {}}));
    }
    QFile::remove(scratch);
    return status;
}

Status ArtifactVerifier::verifyMain(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys,
                                    const QString &level, OperationContext *context, const JobConfig *job)
{
    if (level == QLatin1String("restore") && meta.kind == QLatin1String("postgresql-logical")) {
        if (!job)
            return fail(ErrorCode::InvalidConfig, tr("a test restore of %1 needs its job's server (add the job back to the config)").arg(meta.id));
        auto access = PgAccess::forJob(*job);
        if (!access)
            return fail(access.error());
        LB_TRY(checksum(repository, meta, context));
        PgRestorer restorer(repository, meta, keys, *access);
        const QString scratch = QStringLiteral("lifeboat_verify_%1_%2").arg(::getpid()).arg(QDateTime::currentMSecsSinceEpoch());
        auto restored = restorer.restoreNew(scratch, PgRestoreOptions{}, context);
        if (!restored)
            return fail(inBackup(meta, restored.error()));
        auto admin = restorer.admin();
        if (admin)
            (void)PgRestorer::dropDatabase(**admin, scratch);
        return {};
    }
    if (level == QLatin1String("checksum"))
        return checksum(repository, meta, context);
    if (level == QLatin1String("decode")) {
        NullSink null;
        return decode(repository, meta, keys, &null, context);
    }
    if (meta.kind == QLatin1String("files")) {
        // format: every member read and its SHA-256 compared with the manifest, nothing written;
        // restore: the same, unpacked into a scratch folder (owners, xattrs and links set for real).
        const bool unpack = level == QLatin1String("restore");
        const QString scratch = unpack ? QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-verify-%1-%2").arg(::getpid()).arg(meta.id)) : QString();
        if (unpack) {
            FileOps::removeTree(scratch);
            LB_TRY(FileOps::makePrivateDirs(scratch));
        }
        FilesExtractSink files(scratch);
        auto status = decode(repository, meta, keys, &files, context);
        if (unpack)
            FileOps::removeTree(scratch);
        if (!status)
            return fail(inBackup(meta, status.error()));
        const qint64 expected = meta.source.value(QStringLiteral("file_count")).toInteger(-1);
        if (expected >= 0 && expected != files.fileCount())
            return fail(inBackup(meta, {ErrorCode::Corrupt, tr("the archive holds %1 files, the sidecar says %2 (use another backup)").arg(files.fileCount()).arg(expected), {}}));
        return {};
    }
    if (meta.kind == QLatin1String("postgresql-base")) {
        // format: the tar stream is whole and holds what a data directory cannot start without.
        // Nothing is written to disk. (VerifyOperation never asks a base backup for "restore".)
        TarExtractSink tar(QString{});
        tar.setTree(true);
        auto status = decode(repository, meta, keys, &tar, context); // finishing the chain finishes the tar reader
        if (!status)
            return fail(inBackup(meta, status.error()));
        QStringList missing;
        for (const char *required : {"backup_label", "PG_VERSION", "global/pg_control", "backup_manifest"})
            if (!tar.files().contains(QLatin1String(required)))
                missing.append(QLatin1String(required));
        if (!missing.isEmpty())
            return fail(inBackup(meta, {ErrorCode::Corrupt, tr("the base backup lacks %1 (use another backup)").arg(missing.join(QStringLiteral(", "))), {}}));
        return {};
    }
    if (meta.kind == QLatin1String("postgresql-logical")) {
        DecodedArchive archive;
        LB_TRY(archive.decode(repository, meta, keys, context, true));
        auto status = checkFormat(meta, archive.path());
        return status ? status : Status(fail(inBackup(meta, status.error())));
    }
    // format / restore: decode into a private scratch file, check it, remove it.
    const QString scratch = QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-verify-%1-%2").arg(::getpid()).arg(meta.id));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(scratch + QLatin1String(suffix));
    FileSink file;
    auto status = file.open(scratch);
    if (status)
        status = decode(repository, meta, keys, &file, context);
    if (status) {
        status = checkFormat(meta, scratch);
        if (!status)
            status = fail(inBackup(meta, status.error()));
    }
    // restore, for an application export: the import it would be is planned against the job's
    // database (every reference and link resolves, the schema takes every column); nothing is written.
    if (status && level == QLatin1String("restore") && meta.kind == QLatin1String("app-export") && job) {
        QFile f(scratch);
        status = f.open(QIODevice::ReadOnly) ? AppExportSource::checkImportable(*job, f.readAll()) : Status(fail(ErrorCode::Failed, f.errorString()));
        if (!status)
            status = fail(inBackup(meta, status.error()));
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(scratch + QLatin1String(suffix));
    return status;
}

} // namespace lifeboat
