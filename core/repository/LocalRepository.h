#pragma once

#include "Repository.h"

#include <QCoreApplication>

namespace lifeboat {

// A repository in a local (or mounted) folder: folders 0700, files 0600, every artifact
// written as NAME.partial, fsynced, renamed, folder fsynced; the sidecar last.
class LocalRepository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(LocalRepository)

public:
    LocalRepository(QString name, QString root);

    QString name() const override { return m_name; }
    QString location() const override { return m_root; }

    Status initialize() override;
    Result<std::unique_ptr<JobLock>> lockJob(const QString &job) override;
    Result<QStringList> cleanupAborted(const QString &job) override;
    Result<std::unique_ptr<ArtifactUpload>> createArtifact(const QString &job, const QString &artifact) override;
    Status writeSidecar(const BackupMetadata &meta) override;
    Result<QList<BackupMetadata>> listBackups(const QString &job) override;
    Status readArtifact(const BackupMetadata &meta, Sink *sink, OperationContext *context) override;
    Status removeBackup(const BackupMetadata &meta) override;

    QString backupsDir(const QString &job) const;
    Result<qint64> probeWritable(const QString &job) override;
    QString artifactPath(const BackupMetadata &meta) const;

    Result<std::unique_ptr<ArtifactUpload>> createObject(const QString &job, const QString &key) override;
    Result<QList<StoredObject>> listObjects(const QString &job, const QString &folder, const QString &startsWith = {}) override;
    Result<QStringList> listFolders(const QString &job, const QString &folder) override;
    bool objectExists(const QString &job, const QString &key) override;
    QString localObjectPath(const QString &job, const QString &key) const override { return objectPath(job, key); }
    Status readObject(const QString &job, const QString &key, Sink *sink, OperationContext *context) override;
    Status removeObject(const QString &job, const QString &key) override;

private:
    Result<QList<BackupMetadata>> listJob(const QString &job);
    QString objectPath(const QString &job, const QString &key) const;

    QString m_name;
    QString m_root;
};

} // namespace lifeboat
