#include "BackupOperation.h"

#include "BackupCopier.h"
#include "BackupSource.h"
#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "wal/RelationSnapshot.h"
#include "common/Clock.h"
#include "pipeline/StreamChain.h"
#include "repository/BackupNaming.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <QElapsedTimer>

namespace lifeboat {

BackupOperation::BackupOperation(BackupParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

Status BackupOperation::execute()
{
    auto result = perform(m_params, this);
    if (!result)
        return fail(result.error());
    m_result = *result;
    return {};
}

namespace {

// Level to verify right after writing. Decoding a public-key backup needs a secret key that a
// database host should not hold; then the checksum is what can be checked here.
QString postBackupLevel(const JobConfig &job, const DecodeSettings &keys, OperationContext *context)
{
    QString level = job.verify;
    if (level == QLatin1String("none"))
        return {};
    if (level == QLatin1String("restore") && job.kind == QLatin1String("postgresql-cluster"))
        level = QStringLiteral("format"); // a cluster's test restore starts a server: a drill, not a step of each backup
    const bool canDecode = !keys.encrypted || !keys.openPgp.secretKeyFiles.isEmpty() || !keys.openPgp.passphrase.isEmpty();
    if (level != QLatin1String("checksum") && !canDecode) {
        context->reportLog(QCoreApplication::translate("BackupOperation",
                                                       "verify = \"%1\" needs secret_keys to decode; checked the checksum only")
                               .arg(level));
        level = QStringLiteral("checksum");
    }
    return level;
}

} // namespace

Result<QJsonObject> BackupOperation::storePart(Repository &repository, const JobConfig &job, const EncodeSettings &encode, const QString &id,
                                               const QString &part, BackupSource &source, OperationContext *context)
{
    const QString artifact = BackupNaming::artifactName(id, source.partExtension(part), job.compression, encode.encrypt);
    auto upload = repository.createArtifact(job.name, artifact);
    if (!upload)
        return fail(upload.error());
    auto chain = StreamChain::encoder(encode, (*upload)->sink());
    if (!chain)
        return fail(chain.error());
    LB_TRY(source.streamPart(part, (*chain)->input(), context));
    LB_TRY((*chain)->finish());
    LB_TRY((*upload)->commit());
    return QJsonObject{{QStringLiteral("artifact"), artifact},
                       {QStringLiteral("size_bytes"), (*chain)->storedBytes()},
                       {QStringLiteral("sha256"), (*chain)->storedSha256()},
                       {QStringLiteral("content_sha256"), (*chain)->contentSha256()}};
}

Result<BackupResult> BackupOperation::perform(const BackupParams &params, OperationContext *context)
{
    auto job = JobSupport::job(params.config, params.job);
    if (!job)
        return fail(job.error());
    auto repo = JobSupport::repository(params.config, job->repository);
    if (!repo)
        return fail(repo.error());
    Repository &repository = **repo;
    LB_TRY(repository.initialize());
    auto lock = repository.lockJob(job->name);
    if (!lock)
        return fail(lock.error());
    if (params.underLock)
        LB_TRY(params.underLock());

    BackupResult result;
    result.repository = repository.name();
    auto cleaned = repository.cleanupAborted(job->name);
    if (!cleaned)
        return fail(cleaned.error());
    result.cleanedUp = *cleaned;
    for (const QString &file : std::as_const(result.cleanedUp))
        context->reportLog(tr("removed %1, left by an aborted run").arg(file));

    // Keys and settings first: a missing key file should fail before minutes of copying.
    auto encode = JobSupport::encodeSettings(*job);
    if (!encode)
        return fail(encode.error());
    auto source = BackupSource::forJob(*job, params.overridePath);
    if (!source)
        return fail(source.error());

    BackupMetadata &meta = result.meta;
    QElapsedTimer timer;
    timer.start();
    meta.startedAt = Clock::instance().now().toUTC();
    meta.job = job->name;
    meta.kind = (*source)->kind();
    meta.label = params.label;
    meta.keepForever = params.keepForever;
    meta.compression = job->compression.toString();
    meta.encryption = encode->encrypt ? QStringLiteral("openpgp") : QStringLiteral("none");

    LB_TRY((*source)->prepare(context));

    // Two backups in the same second (a safety copy right after a backup) get a suffix.
    const QString baseId = BackupNaming::backupId(job->name, meta.kind, meta.startedAt);
    std::unique_ptr<ArtifactUpload> upload;
    for (int attempt = 0; !upload; ++attempt) {
        meta.id = attempt == 0 ? baseId : QStringLiteral("%1-%2").arg(baseId).arg(attempt);
        meta.artifact = BackupNaming::artifactName(meta.id, (*source)->formatExtension(), job->compression, encode->encrypt);
        auto created = repository.createArtifact(job->name, meta.artifact);
        if (!created && (created.error().code != ErrorCode::AlreadyExists || attempt >= 9))
            return fail(created.error());
        if (created)
            upload = std::move(*created);
    }

    auto chain = StreamChain::encoder(*encode, upload->sink());
    if (!chain)
        return fail(chain.error());
    LB_TRY((*source)->stream((*chain)->input(), context));
    LB_TRY((*chain)->finish());
    // Parts first, main artifact last: the next run's cleanup treats a committed main artifact
    // without a sidecar as aborted, and parts only as belonging to a sidecar.
    for (const QString &part : (*source)->parts()) {
        auto stored = storePart(repository, *job, *encode, meta.id, part, **source, context);
        if (!stored)
            return fail(stored.error());
        meta.parts.insert(part, *stored);
    }
    LB_TRY(upload->commit());

    meta.finishedAt = Clock::instance().now().toUTC();
    meta.durationSeconds = double(timer.nsecsElapsed()) / 1e9;
    meta.sizeBytes = (*chain)->storedBytes();
    meta.sha256 = (*chain)->storedSha256();
    meta.contentSha256 = (*chain)->contentSha256();
    meta.sourceBytes = (*source)->sourceBytes();
    meta.source = (*source)->sourceInfo();
    meta.pitr = (*source)->pitrInfo();
    meta.recipients = (*chain)->recipients();

    std::optional<Error> verifyError;
    auto keys = JobSupport::decodeSettings(*job, meta.encryption);
    const QString level = keys ? postBackupLevel(*job, *keys, context) : QStringLiteral("checksum");
    if (!level.isEmpty()) {
        context->reportStep(tr("Verifying (%1)").arg(level));
        auto verified = ArtifactVerifier::verify(repository, meta, keys ? *keys : DecodeSettings{}, level, context, &*job);
        QJsonObject v;
        v.insert(QStringLiteral("level"), level);
        v.insert(QStringLiteral("status"), verified ? QStringLiteral("passed") : QStringLiteral("failed"));
        v.insert(QStringLiteral("at"), isoUtc(Clock::instance().now()));
        meta.verification = v;
        if (!verified) {
            if (verified.error().code == ErrorCode::Cancelled)
                return fail(verified.error());
            verifyError = verified.error();
            meta.status = QStringLiteral("failed");
            meta.error = verified.error().message;
        }
    }
    LB_TRY(repository.writeSidecar(meta));

    auto catalog = JobSupport::catalog(params.config);
    Status recorded = catalog ? (*catalog)->upsertBackup(meta, repository.name()) : Status(fail(catalog.error()));
    if (recorded)
        recorded = (*catalog)->recordAudit(QStringLiteral("backup"), meta.id,
                                           tr("job %1 into repository %2: %3 bytes, SHA-256 %4").arg(job->name, repository.name()).arg(meta.sizeBytes).arg(meta.sha256));
    if (!recorded) {
        result.catalogWarning = tr("backup %1 is stored but the catalog was not updated: %2 (run \"lifeboat-cli catalog rebuild\")")
                                    .arg(meta.id, recorded.error().message);
        context->reportLog(result.catalogWarning);
    }
    if (job->kind == QLatin1String("postgresql-cluster") && catalog) {
        // The names WAL events will be shown with, as of this backup: a table dropped later keeps its name.
        auto names = RelationSnapshot::read(*job);
        Status stored = names ? (*catalog)->storeRelationNames(job->name, names->relations) : Status(fail(names.error()));
        if (!stored)
            context->reportLog(tr("relation names for the WAL event index were not recorded: %1").arg(stored.error().message));
    }
    if (verifyError)
        return fail(verifyError->code == ErrorCode::Corrupt ? ErrorCode::Corrupt : verifyError->code,
                    tr("backup %1 was written but failed verification: %2").arg(meta.id, verifyError->message));
    // copy_to: only a verified backup goes offsite; the copy's bytes are hashed on the way.
    // Earlier backups a failed copy left behind ("not yet offsite") go first, oldest first.
    // Each with the copy_to repositories it is missing; the new backup is missing them all.
    QList<std::pair<BackupMetadata, QStringList>> pending;
    if (catalog && !job->copyTo.isEmpty()) {
        auto earlier = (*catalog)->listBackups(job->name);
        if (earlier)
            for (auto it = earlier->crbegin(); it != earlier->crend(); ++it)
                if (it->meta.id != meta.id && it->repository == job->repository && !it->missingCopies(params.config).isEmpty())
                    pending.append({it->meta, it->missingCopies(params.config)});
    }
    pending.append({meta, job->copyTo});
    for (const QString &target : job->copyTo) {
        auto to = JobSupport::repository(params.config, target);
        for (const auto &[b, missing] : std::as_const(pending)) {
            if (!missing.contains(target))
                continue;
            if (b.id != meta.id)
                context->reportStep(tr("Copying %1, not yet in repository \"%2\"").arg(b.id, target));
            Status copied = to ? BackupCopier::copy(repository, **to, b, context) : Status(fail(to.error()));
            if (!copied)
                return fail(copied.error().code, tr("backup %1 is stored, but copying %2 to repository \"%3\" failed (the next run tries again): %4")
                                                     .arg(meta.id, b.id, target, copied.error().message));
            if (catalog)
                (void)(*catalog)->recordCopy(b.id, target);
            if (b.id == meta.id)
                result.copiedTo.append(target);
            else
                result.caughtUp.append(b.id);
        }
    }
    return result;
}

} // namespace lifeboat
