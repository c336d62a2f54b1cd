#include "SqliteSnapshot.h"

#include "SqliteConnection.h"
#include "common/OperationContext.h"

#include <QFile>
#include <QJsonObject>
#include <QThread>
#include <sqlite3.h>

namespace lifeboat {

QJsonObject SqliteFacts::toSourceJson(const QString &path) const
{
    QJsonObject tablesJson;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tablesJson.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("engine"), QStringLiteral("sqlite"));
    o.insert(QStringLiteral("server_version"), QString::fromLatin1(sqlite3_libversion()));
    o.insert(QStringLiteral("database"), path);
    o.insert(QStringLiteral("size_bytes"), sizeBytes);
    o.insert(QStringLiteral("page_size"), pageSize);
    o.insert(QStringLiteral("page_count"), pageCount);
    o.insert(QStringLiteral("journal_mode"), journalMode);
    o.insert(QStringLiteral("tables"), tablesJson);
    return o;
}

namespace {

Result<SqliteFacts> describe(SqliteConnection &db)
{
    LB_TRY(db.integrityCheck());
    SqliteFacts facts;
    auto pageSize = db.scalarInt(QStringLiteral("PRAGMA page_size"));
    auto pageCount = db.scalarInt(QStringLiteral("PRAGMA page_count"));
    auto mode = db.scalarText(QStringLiteral("PRAGMA journal_mode"));
    auto tables = db.rowCounts();
    if (!pageSize || !pageCount || !mode || !tables)
        return fail(!pageSize ? pageSize.error() : !pageCount ? pageCount.error() : !mode ? mode.error() : tables.error());
    facts.pageSize = int(*pageSize);
    facts.pageCount = *pageCount;
    facts.journalMode = *mode;
    facts.sizeBytes = *pageSize * *pageCount;
    facts.tables = *tables;
    return facts;
}

} // namespace

Result<SqliteFacts> SqliteSnapshot::take(const QString &source, const QString &destination, OperationContext *context)
{
    auto src = SqliteConnection::open(source, SqliteConnection::Mode::ReadWrite);
    if (!src && src.error().code != ErrorCode::NotFound)
        src = SqliteConnection::open(source, SqliteConnection::Mode::ReadOnly);
    if (!src)
        return fail(src.error());
    auto journalMode = src->scalarText(QStringLiteral("PRAGMA journal_mode"));
    if (!journalMode)
        return fail(journalMode.error().code,
                    tr("%1 is not a readable SQLite database: %2 (check the job's path)").arg(source, journalMode.error().message));
    // The read transaction that pins the snapshot for the whole copy.
    LB_TRY(src->exec(QStringLiteral("BEGIN")));
    auto probe = src->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!probe)
        return fail(ErrorCode::Corrupt, tr("%1 is not a readable SQLite database: %2 (check the job's path)").arg(source, probe.error().message));

    QFile::remove(destination);
    auto dst = SqliteConnection::open(destination, SqliteConnection::Mode::Create);
    if (!dst)
        return fail(dst.error());
    // A scratch copy: if the run dies it is thrown away, so no journal and no fsync (~1 s per GB).
    (void)dst->exec(QStringLiteral("PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF"));
    sqlite3_backup *backup = sqlite3_backup_init(dst->handle(), "main", src->handle(), "main");
    if (!backup)
        return fail(ErrorCode::Failed, tr("cannot start the SQLite backup of %1: %2").arg(source, dst->lastError()));

    auto pageSize = src->scalarInt(QStringLiteral("PRAGMA page_size"));
    const int stepPages = qMax(64, int((4 << 20) / qMax<qint64>(512, pageSize ? *pageSize : 4096)));
    int rc = SQLITE_OK;
    int busyRetries = 0;
    qint64 pages = 0;
    while (true) {
        if (context && context->isCancelled()) {
            sqlite3_backup_finish(backup);
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        }
        rc = sqlite3_backup_step(backup, stepPages);
        pages = sqlite3_backup_pagecount(backup);
        const qint64 remaining = sqlite3_backup_remaining(backup);
        if (context && pageSize)
            context->reportProgress((pages - remaining) * *pageSize, pages * *pageSize);
        if (rc == SQLITE_DONE)
            break;
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
            if (++busyRetries > 200)
                break;
            QThread::msleep(50);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int primary = rc & 0xff;
        const ErrorCode code = primary == SQLITE_FULL ? ErrorCode::DiskFull
                               : primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorCode::Busy
                               : primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? ErrorCode::Corrupt
                                                                                      : ErrorCode::Failed;
        return fail(code, tr("SQLite backup of %1 failed: %2").arg(source, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    (void)src->exec(QStringLiteral("COMMIT"));

    SqliteFacts facts;
    facts.journalMode = *journalMode;
    facts.pageSize = int(pageSize ? *pageSize : 0);
    facts.pageCount = pages;
    facts.sizeBytes = facts.pageSize * facts.pageCount;
    return facts;
}

Result<SqliteFacts> SqliteSnapshot::inspect(const QString &path)
{
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::Immutable);
    if (!db)
        return fail(db.error());
    return describe(*db);
}

} // namespace lifeboat
