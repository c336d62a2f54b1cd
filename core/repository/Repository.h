#pragma once

#include "BackupMetadata.h"
#include "common/Result.h"
#include "config/Config.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace lifeboat {

class OperationContext;
class Sink;

// A loose object of a job (an archived WAL file), as listed.
struct StoredObject
{
    QString name; // file name within its folder
    qint64 size = 0;
    QDateTime modified; // UTC
};

// Held while a job runs; released (and the lock file unlocked) on destruction.
class JobLock
{
public:
    virtual ~JobLock() = default;
};

// One artifact being written. Nothing is visible under the final name until commit();
// destroying an uncommitted upload removes what was written.
class ArtifactUpload
{
public:
    virtual ~ArtifactUpload() = default;
    virtual Sink *sink() = 0;
    // Call after the stream's finish() succeeded: makes the artifact durable under its name.
    [[nodiscard]] virtual Status commit() = 0;
};

// Where artifacts and their sidecars live. Layout (ARCHITECTURE.md): JOB/backups/ARTIFACT and
// JOB/backups/ARTIFACT.meta.json; the sidecar is always written last.
class Repository
{
public:
    // The file at a repository's root that says what it is (format, id, name).
    static constexpr const char *kHeaderFile = "lifeboat-repo.json";

    virtual ~Repository() = default;

    virtual QString name() const = 0;
    virtual QString location() const = 0; // path or URL, for messages

    [[nodiscard]] virtual Status initialize() = 0;
    virtual Result<std::unique_ptr<JobLock>> lockJob(const QString &job) = 0;
    // Removes what aborted runs left (partial files, artifacts without a sidecar); returns them.
    virtual Result<QStringList> cleanupAborted(const QString &job) = 0;
    virtual Result<std::unique_ptr<ArtifactUpload>> createArtifact(const QString &job, const QString &artifact) = 0;
    [[nodiscard]] virtual Status writeSidecar(const BackupMetadata &meta) = 0;
    // Every sidecar of `job` (all jobs when empty). Unreadable sidecars are errors.
    virtual Result<QList<BackupMetadata>> listBackups(const QString &job) = 0;
    [[nodiscard]] virtual Status readArtifact(const BackupMetadata &meta, Sink *sink, OperationContext *context) = 0;
    [[nodiscard]] virtual Status removeBackup(const BackupMetadata &meta) = 0;
    // `check`: writes, syncs and removes a probe file where `job`'s artifacts go; returns
    // the free space there (-1 when the store cannot tell).
    virtual Result<qint64> probeWritable(const QString &job) = 0;

    // Loose objects under JOB/ (the WAL archive: "wal/TIMELINE/NAME..."), written atomically
    // like artifacts but under a private temporary name, so that two writers of the same
    // object never see each other's halves. An existing object is AlreadyExists.
    virtual Result<std::unique_ptr<ArtifactUpload>> createObject(const QString &job, const QString &key) = 0;
    // Objects directly in JOB/FOLDER (none when the folder does not exist) whose names start
    // with `startsWith` (an object store lists only those), and its sub-folders.
    virtual Result<QList<StoredObject>> listObjects(const QString &job, const QString &folder, const QString &startsWith = {}) = 0;
    virtual Result<QStringList> listFolders(const QString &job, const QString &folder) = 0;
    virtual bool objectExists(const QString &job, const QString &key) = 0;
    // Whether anything lies under JOB/FOLDER (a folder on disk; a key prefix in an object store).
    virtual bool folderExists(const QString &job, const QString &folder) { return objectExists(job, folder); }
    // The object's path on this machine when it has one (local folders), else empty.
    virtual QString localObjectPath(const QString &job, const QString &key) const { Q_UNUSED(job) Q_UNUSED(key) return {}; }
    [[nodiscard]] virtual Status readObject(const QString &job, const QString &key, Sink *sink, OperationContext *context) = 0;
    [[nodiscard]] virtual Status removeObject(const QString &job, const QString &key) = 0;

    static Result<std::unique_ptr<Repository>> open(const RepositoryConfig &config);
};

} // namespace lifeboat
