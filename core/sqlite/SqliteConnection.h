#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

struct sqlite3;

namespace lifeboat {

// Small RAII wrapper over a sqlite3 handle (the C API: Qt Sql has no online backup API).
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)

public:
    // Immutable: read-only with no locks and no -wal/-shm files; only for files nobody else
    // writes (snapshots, decoded copies), which is what makes checking them cheap and safe.
    enum class Mode { ReadOnly, ReadWrite, Create, Immutable };

    static Result<SqliteConnection> open(const QString &path, Mode mode);
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    ~SqliteConnection();

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    [[nodiscard]] Status exec(const QString &sql);
    Result<QString> scalarText(const QString &sql);
    Result<qint64> scalarInt(const QString &sql);
    QString lastError() const;

    // PRAGMA integrity_check; Corrupt with the first problems when it does not say "ok".
    [[nodiscard]] Status integrityCheck();
    // Exact row counts of every ordinary table.
    Result<QMap<QString, qint64>> rowCounts();

private:
    SqliteConnection() = default;
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace lifeboat
