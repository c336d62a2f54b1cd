#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <memory>

namespace lifeboat {

struct JobConfig;

// An application's database (SQLite file or PostgreSQL) seen as tables of rows with portable
// values, so export and import work the same on both engines (Qt Sql: QSQLITE / QPSQL).
// Canonical values: text, JSON and timestamps as strings (JSON exactly as stored, timestamps
// "YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00"), booleans, numbers, blobs as {"base64": "..."}.
class AppDatabase
{
    Q_DECLARE_TR_FUNCTIONS(AppDatabase)

public:
    enum class Engine { Sqlite, Postgres };
    // Column name -> text | integer | real | boolean | json | datetime | blob.
    using ColumnTypes = QMap<QString, QString>;

    // app-export jobs: `path` is a SQLite file, otherwise `conninfo` reaches PostgreSQL.
    static Result<std::unique_ptr<AppDatabase>> forJob(const JobConfig &job);
    static Result<std::unique_ptr<AppDatabase>> openSqlite(const QString &path, bool mustExist = true);
    static Result<std::unique_ptr<AppDatabase>> openPostgres(const QString &conninfo, const QByteArray &password);
    ~AppDatabase();
    Q_DISABLE_COPY_MOVE(AppDatabase)

    Engine engine() const { return m_engine; }
    QString engineName() const { return m_engine == Engine::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"); }
    QString describe() const { return m_describe; }

    Result<ColumnTypes> columnTypes(const QString &table);
    Result<bool> hasTable(const QString &table);
    Result<QList<QJsonObject>> readTable(const QString &table);
    Result<bool> exists(const QString &table, const QString &column, const QJsonValue &value);

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();
    [[nodiscard]] Status insert(const QString &table, const QJsonObject &row);
    [[nodiscard]] Status update(const QString &table, const QString &idColumn, const QJsonValue &id, const QJsonObject &changes);
    // Deletes the rows whose columns equal `where`.
    [[nodiscard]] Status remove(const QString &table, const QJsonObject &where);
    [[nodiscard]] Status exec(const QString &sql);

    // A canonical value as the engine stores it (for binding), and the reverse.
    QVariant toBind(const QJsonValue &value, const QString &type) const;

private:
    AppDatabase() = default;
    Result<ColumnTypes> cachedTypes(const QString &table);
    QString quote(const QString &identifier) const;
    QString placeholder(const QString &type) const;
    Error queryError(const QString &what, const QString &sqlError) const;

    Engine m_engine = Engine::Sqlite;
    QString m_connection;
    QString m_describe;
    QMap<QString, ColumnTypes> m_types;
};

} // namespace lifeboat
