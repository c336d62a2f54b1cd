#pragma once

#include "common/Result.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

class QSqlQuery;

namespace lifeboat {

struct CatalogEntry
{
    BackupMetadata meta;
    QString repository;
    QString verificationStatus; // "", "passed", "failed"
    QString verificationLevel;
    QDateTime verifiedAt;
};

// The index of every backup, on Qt Sql (SQLite by default). It is only an index: the sidecars
// in the repositories are the truth, and replaceAll() rebuilds it from them.
// One Catalog object per thread (Qt Sql connections are thread-bound).
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static Result<std::unique_ptr<Catalog>> open(const QString &url);
    ~Catalog();
    Q_DISABLE_COPY_MOVE(Catalog)

    [[nodiscard]] Status upsertBackup(const BackupMetadata &meta, const QString &repository);
    Result<QList<CatalogEntry>> listBackups(const QString &job = {});
    Result<CatalogEntry> findBackup(const QString &id);
    [[nodiscard]] Status recordVerification(const QString &id, const QString &level, bool passed, const QDateTime &at,
                                            const QString &message);
    [[nodiscard]] Status removeBackup(const QString &id);
    // One reading of a cluster's WAL archiver (pg_stat_archiver), kept for metrics and reports.
    struct ArchiveHealth
    {
        QString job;
        QDateTime at;
        qint64 archivedCount = 0;
        qint64 failedCount = 0;
        QString lastArchivedWal;
        QString lastFailedWal;
        qint64 lagSegments = 0;
        double lagSeconds = 0;
    };
    [[nodiscard]] Status recordArchiveHealth(const ArchiveHealth &health);
    Result<QList<ArchiveHealth>> archiveHealth(const QString &job);
    // Replaces every backup row in one transaction (catalog rebuild).
    [[nodiscard]] Status replaceAll(const QList<std::pair<BackupMetadata, QString>> &backups);

private:
    explicit Catalog(QString connection);
    Status migrate();
    Error queryError(const QSqlQuery &query) const;
    CatalogEntry entryFrom(const QSqlQuery &query) const;
    Status insert(const BackupMetadata &meta, const QString &repository);

    QString m_connection;
};

} // namespace lifeboat
