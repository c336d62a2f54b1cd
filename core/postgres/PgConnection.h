#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <memory>

struct pg_conn;

namespace lifeboat {

// A libpq connection for the facts Lifeboat needs itself (versions, sizes, snapshots, row
// counts). The password is passed as a connection parameter, never in a conninfo string.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo, const QByteArray &password);
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    using Rows = QList<QStringList>;
    Result<Rows> query(const QString &sql, const QStringList &params = {});
    Result<QString> scalar(const QString &sql, const QStringList &params = {});
    [[nodiscard]] Status exec(const QString &sql);
    // COPY ... FROM STDIN: start it, send rows (COPY text, whole lines), end it (rows loaded).
    [[nodiscard]] Status copyIn(const QString &copyStatement);
    [[nodiscard]] Status putCopyData(const char *data, size_t size);
    Result<qint64> endCopy();
    // "host:port" for messages.
    QString where() const;

    static QString quoteIdentifier(const QString &name);
    // Replaces (or adds) dbname in a conninfo string.
    static QString withDatabase(const QString &conninfo, const QString &database);
    static QString databaseOf(const QString &conninfo);

private:
    PgConnection() = default;
    pg_conn *m_conn = nullptr;
};

} // namespace lifeboat
