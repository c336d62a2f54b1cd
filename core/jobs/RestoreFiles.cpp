// RestoreOperation for kind "files": a folder, unpacked safely beside its target and swapped in.
#include "RestoreOperation.h"

#include "common/Clock.h"
#include "common/FileOps.h"
#include "files/FilesExtractSink.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

QString RestoreOperation::defaultFolderTarget(const QString &folder, const QDateTime &now)
{
    QString path = QFileInfo(folder).absoluteFilePath();
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path + QStringLiteral("_restored_") + now.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

Status RestoreOperation::restoreFiles(const JobConfig &job, Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys)
{
    QString target = m_params.target.isEmpty() ? defaultFolderTarget(job.path, Clock::instance().now())
                                                : QFileInfo(m_params.target).absoluteFilePath();
    while (target.size() > 1 && target.endsWith(QLatin1Char('/')))
        target.chop(1);
    m_result.target = target;
    const QFileInfo info(target);
    const bool exists = info.exists() || info.isSymLink();
    if (exists && !m_params.overwrite)
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 already exists (restore into a new folder with --to, or pass --overwrite: a safety backup of it is taken first)").arg(target));
    if (exists && (!info.isDir() || info.isSymLink()))
        return fail(ErrorCode::Usage, tr("%1 is not a folder, so a folder backup cannot replace it (choose another --to)").arg(target));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist (create it or choose another --to)").arg(parent));

    reportStep(tr("Checking %1 before restoring").arg(meta.artifact));
    LB_TRY(ArtifactVerifier::checksum(repository, meta, this));
    const QString partial = target + QStringLiteral(".lifeboat.partial");
    const qint64 files = meta.source.value(QStringLiteral("file_count")).toInteger();
    m_result.plan = {tr("check %1 (done: checksum matches)").arg(meta.artifact),
                     tr("unpack %1 files into %2, refusing absolute paths, \"..\", device files and links leading outside, "
                        "and check every file against the manifest")
                         .arg(files)
                         .arg(partial)};
    if (exists)
        m_result.plan += {tr("take a safety backup of %1 into repository \"%2\"").arg(target, repository.name()),
                          tr("swap the folders in one rename, then remove the old one")};
    else
        m_result.plan += tr("rename into %1").arg(target);
    if (m_params.dryRun)
        return {};

    removeAbandonedPartials(parent);
    if (::mkdir(QFile::encodeName(partial).constData(), 0700) != 0)
        return fail(errno == EEXIST ? Error{ErrorCode::Busy, tr("another restore into %1 is running (%2 is being written): wait for it to finish").arg(target, partial), {}}
                                    : FileOps::errnoError(errno, partial, tr("cannot create")));
    // Held until the end: a killed restore's folder is recognised (and removed) by the next one.
    const int lockFd = ::open(QFile::encodeName(partial).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lockFd >= 0)
        ::flock(lockFd, LOCK_EX | LOCK_NB);
    auto unlock = qScopeGuard([lockFd] {
        if (lockFd >= 0)
            ::close(lockFd);
    });

    reportStep(tr("Unpacking into %1").arg(partial));
    FilesExtractSink sink(partial);
    Status status = ArtifactVerifier::decode(repository, meta, keys, &sink, this);
    if (status)
        ::chmod(QFile::encodeName(partial).constData(), mode_t(sink.manifest().rootMode));
    if (status && exists)
        status = takeSafetyBackup(job, target, meta);
    if (status) {
        const unsigned flags = exists ? RENAME_EXCHANGE : RENAME_NOREPLACE;
        if (::renameat2(AT_FDCWD, QFile::encodeName(partial).constData(), AT_FDCWD, QFile::encodeName(target).constData(), flags) != 0)
            status = fail(FileOps::errnoError(errno, target, tr("cannot rename into")));
        else
            status = FileOps::syncDirectory(parent);
    }
    if (!status) {
        FileOps::removeTree(partial);
        return status;
    }
    if (exists) {
        m_result.overwritten = true;
        if (!FileOps::removeTree(partial)) // now the replaced folder
            reportLog(tr("warning: the replaced folder is at %1; remove it by hand").arg(partial));
    }
    const QStringList &warnings = sink.warnings();
    for (int i = 0; i < warnings.size() && i < 20; ++i)
        reportLog(tr("warning: %1").arg(warnings.at(i)));
    if (warnings.size() > 20)
        reportLog(tr("warning: %1 more attributes could not be restored").arg(warnings.size() - 20));
    reportLog(tr("restored %1 files (%2 bytes); every one matched its SHA-256 in the manifest").arg(sink.fileCount()).arg(sink.fileBytes()));
    return {};
}

} // namespace lifeboat
