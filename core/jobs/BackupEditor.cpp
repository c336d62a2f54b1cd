#include "BackupEditor.h"

#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "repository/Repository.h"

#include <functional>

namespace lifeboat {

namespace {

// Finds the backup's sidecar in its repository under the job's lock, applies `edit`, and passes
// the repository and the current metadata on. The sidecar, not the catalog row, is edited.
Status withBackup(const Config &config, const QString &id,
                  const std::function<Status(Repository &, Catalog &, const BackupMetadata &)> &edit)
{
    auto catalog = JobSupport::catalog(config);
    if (!catalog)
        return fail(catalog.error());
    auto entry = (*catalog)->findBackup(id);
    if (!entry)
        return fail(entry.error());
    auto repo = JobSupport::repository(config, entry->repository);
    if (!repo)
        return fail(repo.error());
    auto lock = (*repo)->lockJob(entry->meta.job);
    if (!lock)
        return fail(lock.error());
    auto stored = (*repo)->listBackups(entry->meta.job);
    if (!stored)
        return fail(stored.error());
    for (const BackupMetadata &meta : std::as_const(*stored))
        if (meta.id == id)
            return edit(**repo, **catalog, meta);
    return fail(ErrorCode::NotFound, BackupEditor::tr("backup %1 is in the catalog but not in repository \"%2\" any more "
                                                      "(run lifeboat-cli catalog rebuild)")
                                         .arg(id, entry->repository));
}

} // namespace

Status BackupEditor::setKeepForever(const Config &config, const QString &id, bool keep)
{
    return withBackup(config, id, [&](Repository &repo, Catalog &catalog, BackupMetadata meta) -> Status {
        meta.keepForever = keep;
        LB_TRY(repo.writeSidecar(meta));
        LB_TRY(catalog.upsertBackup(meta, repo.name()));
        return catalog.recordAudit(keep ? QStringLiteral("pin") : QStringLiteral("unpin"), id,
                                   keep ? tr("kept forever: retention will not remove it") : tr("no longer pinned: retention rules apply"));
    });
}

Status BackupEditor::setLabel(const Config &config, const QString &id, const QString &label)
{
    return withBackup(config, id, [&](Repository &repo, Catalog &catalog, BackupMetadata meta) -> Status {
        const QString before = meta.label;
        meta.label = label.trimmed();
        LB_TRY(repo.writeSidecar(meta));
        LB_TRY(catalog.upsertBackup(meta, repo.name()));
        return catalog.recordAudit(QStringLiteral("label"), id, tr("label \"%1\" -> \"%2\"").arg(before, meta.label));
    });
}

Status BackupEditor::remove(const Config &config, const QString &id)
{
    return withBackup(config, id, [&](Repository &repo, Catalog &catalog, const BackupMetadata &meta) -> Status {
        // Catalog row first, as prune does: a kill in between never leaves a listed backup that is
        // gone. When the files cannot be removed, the row comes back.
        LB_TRY(catalog.removeBackup(id));
        if (Status removed = repo.removeBackup(meta); !removed) {
            (void)catalog.upsertBackup(meta, repo.name());
            return removed;
        }
        return catalog.recordAudit(QStringLiteral("delete"), id,
                                   tr("deleted by hand from repository \"%1\" (job %2, started %3)")
                                       .arg(repo.name(), meta.job, meta.startedAt.toUTC().toString(Qt::ISODate)));
    });
}

} // namespace lifeboat
