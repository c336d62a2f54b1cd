#include "SqliteConnection.h"

#include <QFile>
#include <QUrl>
#include <sqlite3.h>

namespace lifeboat {

namespace {
ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return ErrorCode::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorCode::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::Busy;
    default: return ErrorCode::Failed;
    }
}
} // namespace

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode)
{
    SqliteConnection c;
    c.m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    if (mode != Mode::Create && !QFile::exists(path))
        return fail(ErrorCode::NotFound, tr("SQLite database %1 does not exist (check the job's path)").arg(path));
    QByteArray name = QFile::encodeName(path);
    if (mode == Mode::Immutable)
        name = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
    const int rc = sqlite3_open_v2(name.constData(), &c.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(c.m_db ? sqlite3_errmsg(c.m_db) : sqlite3_errstr(rc));
        return fail(ErrorCode::Failed, tr("cannot open SQLite database %1: %2").arg(path, message));
    }
    sqlite3_busy_timeout(c.m_db, 10000);
    sqlite3_extended_result_codes(c.m_db, 1);
    return c;
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_path, other.m_path);
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString SqliteConnection::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Status SqliteConnection::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        return fail(codeFor(rc), tr("SQLite %1: %2").arg(m_path, message), sql);
    }
    return {};
}

Result<QString> SqliteConnection::scalarText(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr); rc != SQLITE_OK)
        return fail(codeFor(rc), tr("SQLite %1: %2").arg(m_path, lastError()), sql);
    const int rc = sqlite3_step(stmt);
    QString value;
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(codeFor(rc), tr("SQLite %1: %2").arg(m_path, lastError()), sql);
    return value;
}

Result<qint64> SqliteConnection::scalarInt(const QString &sql)
{
    auto text = scalarText(sql);
    if (!text)
        return fail(text.error());
    return text->toLongLong();
}

Status SqliteConnection::integrityCheck()
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check(5)", -1, &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Corrupt, tr("%1 is not a usable SQLite database: %2").arg(m_path, lastError()));
    QStringList problems;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        problems.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Corrupt, tr("%1 failed the integrity check: %2").arg(m_path, lastError()));
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(ErrorCode::Corrupt, tr("%1 failed the integrity check: %2").arg(m_path, problems.join(QStringLiteral("; "))));
    return {};
}

Result<QMap<QString, qint64>> SqliteConnection::rowCounts()
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Corrupt, tr("SQLite %1: %2").arg(m_path, lastError()));
    QStringList tables;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    QMap<QString, qint64> counts;
    for (const QString &table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        auto count = scalarInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted));
        if (!count)
            return fail(count.error());
        counts.insert(table, *count);
    }
    return counts;
}

} // namespace lifeboat
