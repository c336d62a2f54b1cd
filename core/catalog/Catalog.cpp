#include "Catalog.h"

#include "common/Clock.h"
#include "common/FileOps.h"
#include "config/Config.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace lifeboat {

namespace {
QAtomicInt connectionCounter;

QString backupColumns()
{
    return QStringLiteral("b.id, b.repository, b.metadata, v.level, v.status, v.at");
}

// Latest verification per backup, joined to each backup row.
QString backupSelect()
{
    return QStringLiteral("SELECT %1 FROM backups b LEFT JOIN verifications v ON v.rowid = "
                          "(SELECT rowid FROM verifications WHERE backup_id = b.id ORDER BY at DESC, rowid DESC LIMIT 1) ")
        .arg(backupColumns());
}
} // namespace

Catalog::Catalog(QString connection)
    : m_connection(std::move(connection))
{
}

Catalog::~Catalog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &url)
{
    const QString connection = QStringLiteral("lifeboat-catalog-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Catalog> catalog(new Catalog(connection));
    // A missing Qt SQL driver only says "Driver not loaded"; name the Debian package instead.
    const QString driver = url.startsWith(QLatin1String("postgresql://")) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(ErrorCode::Failed, tr("the Qt %1 driver for the catalog is missing (install the Debian package %2)")
                                           .arg(driver, driver == QLatin1String("QPSQL") ? QStringLiteral("libqt6sql6-psql")
                                                                                         : QStringLiteral("libqt6sql6-sqlite")));
    if (url.startsWith(QLatin1String("sqlite://"))) {
        const QString path = url.mid(9);
        LB_TRY(FileOps::makePrivateDirs(QFileInfo(path).absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return fail(ErrorCode::Failed, tr("cannot open catalog %1: %2 (check the path in [catalog] url)").arg(path, db.lastError().text()));
    } else if (url.startsWith(QLatin1String("postgresql://"))) {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            return fail(ErrorCode::ServerUnavailable,
                        tr("cannot open catalog on PostgreSQL %1: %2 (check [catalog] url and that the server runs)")
                            .arg(u.host(), db.lastError().text()));
    } else {
        return fail(ErrorCode::InvalidConfig, tr("catalog url must start with sqlite:// or postgresql://"));
    }
    LB_TRY(catalog->migrate());
    // The catalog says what exists where and who did what: readable by its owner only.
    if (url.startsWith(QLatin1String("sqlite://")))
        QFile::setPermissions(url.mid(9), QFile::ReadOwner | QFile::WriteOwner);
    return catalog;
}

Error Catalog::queryError(const QSqlQuery &query) const
{
    return Error{ErrorCode::Failed,
                 tr("catalog query failed: %1 (run \"lifeboat-cli catalog rebuild\" if the catalog is damaged)")
                     .arg(query.lastError().text()),
                 query.lastQuery()};
}

Status Catalog::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const QString blob = db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS backups ("
                       " id TEXT PRIMARY KEY, job TEXT NOT NULL, kind TEXT NOT NULL, repository TEXT NOT NULL,"
                       " started_at TEXT NOT NULL, status TEXT NOT NULL, size_bytes BIGINT NOT NULL,"
                       " metadata TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_backups_job_started ON backups (job, started_at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS verifications ("
                       " backup_id TEXT NOT NULL, level TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL,"
                       " message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_verifications_backup ON verifications (backup_id, at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS archive_health ("
                       " job TEXT NOT NULL, at TEXT NOT NULL, archived_count BIGINT NOT NULL, failed_count BIGINT NOT NULL,"
                       " last_archived_wal TEXT NOT NULL, last_failed_wal TEXT NOT NULL, lag_segments BIGINT NOT NULL,"
                       " lag_seconds DOUBLE PRECISION NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_archive_health_job ON archive_health (job, at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS runs ("
                       " job TEXT NOT NULL, task TEXT NOT NULL, trigger TEXT NOT NULL, scheduled_for TEXT NOT NULL,"
                       " started_at TEXT NOT NULL, finished_at TEXT NOT NULL, status TEXT NOT NULL, error TEXT NOT NULL,"
                       " backup_id TEXT NOT NULL, size_bytes BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_runs_job ON runs (job, task, scheduled_for)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit ("
                       " at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL,"
                       " seq BIGINT, prev_hash TEXT, hash TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS wal_index_state ("
                       " job TEXT NOT NULL, timeline BIGINT NOT NULL, resume_lsn BIGINT NOT NULL, last_segment TEXT NOT NULL,"
                       " segments BIGINT NOT NULL, wal_bytes BIGINT NOT NULL, pending %1 NOT NULL, updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (job, timeline))").arg(blob),
        QStringLiteral("CREATE TABLE IF NOT EXISTS wal_commit_chunks ("
                       " job TEXT NOT NULL, timeline BIGINT NOT NULL, first_lsn BIGINT NOT NULL, last_lsn BIGINT NOT NULL,"
                       " first_us BIGINT NOT NULL, last_us BIGINT NOT NULL, commits BIGINT NOT NULL, aborts BIGINT NOT NULL,"
                       " data %1 NOT NULL)").arg(blob),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_wal_commit_chunks ON wal_commit_chunks (job, first_us)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS wal_events ("
                       " id BIGINT NOT NULL, job TEXT NOT NULL, timeline BIGINT NOT NULL, kind TEXT NOT NULL, at_us BIGINT NOT NULL,"
                       " xid BIGINT NOT NULL, lsn BIGINT NOT NULL, row_count BIGINT NOT NULL, relations TEXT NOT NULL, names TEXT NOT NULL,"
                       " PRIMARY KEY (job, id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_wal_events_time ON wal_events (job, at_us)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS drills ("
                       " id TEXT PRIMARY KEY, plan TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL, status TEXT NOT NULL,"
                       " data TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS imports ("
                       " id TEXT PRIMARY KEY, job TEXT NOT NULL, started_at TEXT NOT NULL, status TEXT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS backup_copies ("
                       " backup_id TEXT NOT NULL, repository TEXT NOT NULL, copied_at TEXT NOT NULL, PRIMARY KEY (backup_id, repository))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS wal_relations ("
                       " job TEXT NOT NULL, db_oid BIGINT NOT NULL, oid BIGINT NOT NULL, file_node BIGINT NOT NULL,"
                       " db_name TEXT NOT NULL, name TEXT NOT NULL, relkind TEXT NOT NULL, seen_at TEXT NOT NULL,"
                       " PRIMARY KEY (job, db_oid, oid, file_node))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS config_versions ("
                       " path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, seen_at TEXT NOT NULL)"),
    };
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return fail(ErrorCode::Failed,
                        tr("catalog %1 cannot be used: %2 (move it away and run \"lifeboat-cli catalog rebuild\")")
                            .arg(db.databaseName(), q.lastError().text()));
    // Catalogs from before the audit hash chain: the columns are added; their old rows stay
    // unchained (verifyAuditChain counts them) and the chain starts with the next event.
    if (!db.record(QStringLiteral("audit")).contains(QStringLiteral("hash")))
        for (const char *column : {"seq BIGINT", "prev_hash TEXT", "hash TEXT"})
            if (!q.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN %1").arg(QLatin1String(column))))
                return fail(ErrorCode::Failed, tr("catalog %1 cannot be upgraded: %2").arg(db.databaseName(), q.lastError().text()));
    return {};
}

Status Catalog::insert(const BackupMetadata &meta, const QString &repository)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO backups (id, job, kind, repository, started_at, status, size_bytes, metadata)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET job = excluded.job, kind = excluded.kind,"
                             " repository = excluded.repository, started_at = excluded.started_at,"
                             " status = excluded.status, size_bytes = excluded.size_bytes, metadata = excluded.metadata"));
    q.addBindValue(meta.id);
    q.addBindValue(meta.job);
    q.addBindValue(meta.kind);
    q.addBindValue(repository);
    q.addBindValue(isoUtc(meta.startedAt));
    q.addBindValue(meta.status);
    q.addBindValue(meta.sizeBytes);
    q.addBindValue(QString::fromUtf8(QJsonDocument(meta.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(queryError(q));
    // The sidecar's own verification seeds the history, so a rebuilt catalog shows it too.
    if (!meta.verification.isEmpty()) {
        QSqlQuery v(QSqlDatabase::database(m_connection));
        v.prepare(QStringLiteral("INSERT INTO verifications (backup_id, level, status, at) SELECT ?, ?, ?, ?"
                                 " WHERE NOT EXISTS (SELECT 1 FROM verifications WHERE backup_id = ? AND at = ?)"));
        const QString at = meta.verification.value(QStringLiteral("at")).toString();
        v.addBindValue(meta.id);
        v.addBindValue(meta.verification.value(QStringLiteral("level")).toString());
        v.addBindValue(meta.verification.value(QStringLiteral("status")).toString());
        v.addBindValue(at);
        v.addBindValue(meta.id);
        v.addBindValue(at);
        if (!v.exec())
            return fail(queryError(v));
    }
    return {};
}

Status Catalog::upsertBackup(const BackupMetadata &meta, const QString &repository)
{
    return insert(meta, repository);
}

CatalogEntry Catalog::entryFrom(const QSqlQuery &q) const
{
    CatalogEntry e;
    auto meta = BackupMetadata::fromJson(q.value(2).toString().toUtf8(), QStringLiteral("catalog"));
    if (meta)
        e.meta = *meta;
    e.repository = q.value(1).toString();
    e.verificationLevel = q.value(3).toString();
    e.verificationStatus = q.value(4).toString();
    e.verifiedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return e;
}

Result<QList<CatalogEntry>> Catalog::listBackups(const QString &job)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    QString sql = backupSelect();
    if (!job.isEmpty())
        sql += QStringLiteral("WHERE b.job = ? ");
    sql += QStringLiteral("ORDER BY b.started_at DESC, b.id DESC");
    q.prepare(sql);
    if (!job.isEmpty())
        q.addBindValue(job);
    if (!q.exec())
        return fail(queryError(q));
    QList<CatalogEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    QSqlQuery c(QSqlDatabase::database(m_connection));
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT backup_id, repository FROM backup_copies ORDER BY repository")))
        return fail(queryError(c));
    QHash<QString, QStringList> copies;
    while (c.next())
        copies[c.value(0).toString()].append(c.value(1).toString());
    for (CatalogEntry &e : out)
        e.copies = copies.value(e.meta.id);
    return out;
}

Result<CatalogEntry> Catalog::findBackup(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(backupSelect() + QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(queryError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound,
                    tr("no backup with id \"%1\" in the catalog (see \"lifeboat-cli list\"; run \"catalog rebuild\" if it is in a repository)").arg(id));
    CatalogEntry entry = entryFrom(q);
    QSqlQuery c(QSqlDatabase::database(m_connection));
    c.prepare(QStringLiteral("SELECT repository FROM backup_copies WHERE backup_id = ? ORDER BY repository"));
    c.addBindValue(id);
    if (!c.exec())
        return fail(queryError(c));
    while (c.next())
        entry.copies.append(c.value(0).toString());
    return entry;
}

QStringList CatalogEntry::missingCopies(const Config &config) const
{
    QStringList missing;
    if (meta.status != QLatin1String("ok"))
        return missing;
    for (const QString &target : config.jobs.value(meta.job).copyTo)
        if (target != repository && !copies.contains(target))
            missing.append(target);
    return missing;
}

Status Catalog::recordCopy(const QString &id, const QString &repository)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO backup_copies (backup_id, repository, copied_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(repository);
    q.addBindValue(isoUtc(Clock::instance().now()));
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Status Catalog::forgetCopy(const QString &id, const QString &repository)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM backup_copies WHERE backup_id = ? AND repository = ?"));
    q.addBindValue(id);
    q.addBindValue(repository);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Status Catalog::clearCopies()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("DELETE FROM backup_copies")))
        return fail(queryError(q));
    return {};
}

Status Catalog::recordVerification(const QString &id, const QString &level, bool passed, const QDateTime &at,
                                   const QString &message)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO verifications (backup_id, level, status, at, message) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(level);
    q.addBindValue(passed ? QStringLiteral("passed") : QStringLiteral("failed"));
    q.addBindValue(isoUtc(at));
    q.addBindValue(message.isNull() ? QStringLiteral("") : message); // a null QString binds NULL
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Status Catalog::recordArchiveHealth(const ArchiveHealth &h)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO archive_health (job, at, archived_count, failed_count, last_archived_wal, last_failed_wal, "
                             "lag_segments, lag_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(h.job), QVariant(isoUtc(h.at)), QVariant(h.archivedCount), QVariant(h.failedCount),
                              QVariant(h.lastArchivedWal), QVariant(h.lastFailedWal), QVariant(h.lagSegments), QVariant(h.lagSeconds)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Result<QList<Catalog::ArchiveHealth>> Catalog::archiveHealth(const QString &job)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT job, at, archived_count, failed_count, last_archived_wal, last_failed_wal, lag_segments, lag_seconds "
                             "FROM archive_health WHERE job = ? ORDER BY at"));
    q.addBindValue(job);
    if (!q.exec())
        return fail(queryError(q));
    QList<ArchiveHealth> out;
    while (q.next())
        out.append({q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toDouble()});
    return out;
}

Status Catalog::removeBackup(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM backups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(queryError(q));
    q.prepare(QStringLiteral("DELETE FROM backup_copies WHERE backup_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Status Catalog::replaceAll(const QList<std::pair<BackupMetadata, QString>> &backups)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(ErrorCode::Failed, tr("cannot start a catalog transaction: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM backups"))) {
        db.rollback();
        return fail(queryError(q));
    }
    for (const auto &[meta, repository] : backups) {
        auto status = insert(meta, repository);
        if (!status) {
            db.rollback();
            return status;
        }
    }
    if (!db.commit())
        return fail(ErrorCode::Failed, tr("cannot commit the rebuilt catalog: %1").arg(db.lastError().text()));
    return {};
}

} // namespace lifeboat
