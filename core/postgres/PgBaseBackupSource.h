#pragma once

#include "PgAccess.h"
#include "config/Config.h"
#include "jobs/BackupSource.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lifeboat {

class PgConnection;

// kind = "postgresql-cluster": a physical base backup of the whole cluster as one tar stream
// with the WAL the backup needs and the server's backup_manifest, so the backup can be laid
// down and started on its own; Lifeboat compresses, encrypts and hashes it on the way to the
// repository. The server's BASE_BACKUP was chosen over an own copy between
// pg_backup_start()/pg_backup_stop() by measurement (docs/benchmarks.md): its tar stream is as
// fast as the disk reads and brings checksummed manifests. From PostgreSQL 15 on Lifeboat
// receives it itself (PgBaseBackupStream); older servers go through pg_basebackup -D - -Ft.
// Clusters with tablespaces are refused: one tar stream carries one tablespace.
class PgBaseBackupSource final : public BackupSource
{
    Q_DECLARE_TR_FUNCTIONS(PgBaseBackupSource)

public:
    explicit PgBaseBackupSource(JobConfig job);
    ~PgBaseBackupSource() override;

    QString kind() const override { return QStringLiteral("postgresql-base"); }
    QString formatExtension() const override { return QStringLiteral(".tar"); }
    Status prepare(OperationContext *context) override;
    Status stream(Sink *sink, OperationContext *context) override;
    QJsonObject sourceInfo() const override;
    QJsonObject pitrInfo() const override;
    qint64 sourceBytes() const override { return m_clusterBytes; }

private:
    // Lifeboat's own BASE_BACKUP stream (15 and later) or pg_basebackup's tar on stdout.
    bool useOwnStream() const;
    Status streamOwn(Sink *sink, OperationContext *context);
    Status streamWithTool(Sink *sink, OperationContext *context);
    // pg_basebackup --verbose: "write-ahead log start point: 0/2000028 on timeline 1".
    bool parseProgressLine(const QByteArray &line);

    JobConfig m_job;
    PgAccess m_access;
    QString m_pgBaseBackup;
    QString m_serverVersion;
    int m_major = 0;
    QString m_systemIdentifier;
    qint64 m_segmentSize = 0;
    qint64 m_clusterBytes = 0;
    quint32 m_timeline = 0;
    quint64 m_startLsn = 0;
    quint64 m_stopLsn = 0;
    QDateTime m_startTime;
    QDateTime m_stopTime;
};

} // namespace lifeboat
