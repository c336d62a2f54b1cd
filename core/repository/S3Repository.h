#pragma once

#include "Repository.h"
#include "s3/S3Client.h"

#include <QCoreApplication>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace lifeboat {

// A repository in an S3 bucket (any S3-compatible service), with the local layout under the
// prefix: PREFIX/JOB/backups/ARTIFACT and ARTIFACT.meta.json, PREFIX/JOB/wal/... Artifacts
// stream up as multipart uploads of part_size_mb (memory stays at about two parts) and only
// exist once completed; an upload that fails or is abandoned is aborted. The sidecar is put
// last, so an artifact without one is an aborted run, removed by cleanupAborted. S3 has no
// locks: a job's lock is a file lock on this machine (under $LIFEBOAT_TMPDIR), so two hosts
// must not run the same job against one bucket.
class S3Repository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(S3Repository)

public:
    static Result<std::unique_ptr<Repository>> open(const RepositoryConfig &config);

    QString name() const override { return m_config.name; }
    QString location() const override;

    Status initialize() override;
    Result<std::unique_ptr<JobLock>> lockJob(const QString &job) override;
    Result<QStringList> cleanupAborted(const QString &job) override;
    Result<std::unique_ptr<ArtifactUpload>> createArtifact(const QString &job, const QString &artifact) override;
    Status writeSidecar(const BackupMetadata &meta) override;
    Result<QList<BackupMetadata>> listBackups(const QString &job) override;
    Status readArtifact(const BackupMetadata &meta, Sink *sink, OperationContext *context) override;
    Status removeBackup(const BackupMetadata &meta) override;
    Result<qint64> probeWritable(const QString &job) override;

    Result<std::unique_ptr<ArtifactUpload>> createObject(const QString &job, const QString &key) override;
    Result<QList<StoredObject>> listObjects(const QString &job, const QString &folder, const QString &startsWith = {}) override;
    Result<QStringList> listFolders(const QString &job, const QString &folder) override;
    bool objectExists(const QString &job, const QString &key) override;
    bool folderExists(const QString &job, const QString &folder) override;
    Status readObject(const QString &job, const QString &key, Sink *sink, OperationContext *context) override;
    Status removeObject(const QString &job, const QString &key) override;

private:
    S3Repository(RepositoryConfig config, S3Client::Settings settings);
    QString jobKey(const QString &job, const QString &rest) const; // PREFIX/JOB/rest
    QString backupsKey(const QString &job) const { return jobKey(job, QStringLiteral("backups/")); }
    S3Client::Headers artifactHeaders() const;
    Result<std::unique_ptr<ArtifactUpload>> upload(const QString &key);
    Result<QList<BackupMetadata>> listSidecars(const QString &prefix, const std::function<bool(const QString &key)> &wanted);

    // One client (one connection) per thread: wal-push pushes ahead on several.
    S3Client &client();

    RepositoryConfig m_config;
    QString m_prefix; // "" or ending in '/'
    S3Client::Settings m_settings;
    std::mutex m_clientsMutex;
    std::map<std::thread::id, std::unique_ptr<S3Client>> m_clients;
};

} // namespace lifeboat
