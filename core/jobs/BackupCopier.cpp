#include "BackupCopier.h"

#include "common/OperationContext.h"
#include "pipeline/Sha256Tap.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

namespace lifeboat {

namespace {

Status copyArtifact(Repository &from, Repository &to, const BackupMetadata &meta, OperationContext *context)
{
    auto upload = to.createArtifact(meta.job, meta.artifact);
    if (!upload)
        return fail(upload.error());
    Sha256Tap tap((*upload)->sink());
    LB_TRY(from.readArtifact(meta, &tap, context));
    LB_TRY(tap.finish());
    if (tap.hex() != meta.sha256)
        return fail(ErrorCode::Corrupt,
                    BackupCopier::tr("%1 in repository \"%2\" does not match its checksum, so it was not copied to \"%3\" "
                                     "(run lifeboat-cli verify %4 and take a new backup)")
                        .arg(meta.artifact, from.name(), to.name(), meta.id));
    return (*upload)->commit();
}

} // namespace

Status BackupCopier::copy(Repository &from, Repository &to, const BackupMetadata &meta, OperationContext *context)
{
    LB_TRY(to.initialize());
    auto lock = to.lockJob(meta.job);
    if (!lock)
        return fail(lock.error());
    auto present = to.listBackups(meta.job);
    if (!present)
        return fail(present.error());
    for (const BackupMetadata &b : std::as_const(*present))
        if (b.id == meta.id)
            return {};
    LB_TRY(to.cleanupAborted(meta.job));
    context->reportStep(tr("Copying %1 to repository \"%2\"").arg(meta.id, to.name()));
    for (auto it = meta.parts.begin(); it != meta.parts.end(); ++it)
        LB_TRY(copyArtifact(from, to, meta.part(it.key()), context));
    LB_TRY(copyArtifact(from, to, meta, context));
    // The stored copy is read back and checked against the sidecar's checksum before the
    // sidecar makes it a backup there: what the store kept is what was sent.
    context->reportStep(tr("Checking the copy of %1 in repository \"%2\"").arg(meta.id, to.name()));
    const Status checked = ArtifactVerifier::checksum(to, meta, context);
    if (!checked)
        return fail(checked.error().code, tr("the copy of %1 in repository \"%2\" does not read back as sent: %3").arg(meta.id, to.name(), checked.error().message));
    return to.writeSidecar(meta);
}

} // namespace lifeboat
