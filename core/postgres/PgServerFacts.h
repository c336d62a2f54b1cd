#pragma once

#include "PgConnection.h"

#include <QJsonObject>
#include <QMap>

namespace lifeboat {

// What the sidecar records about a database: version, size, encoding, extensions, and the
// exact row count of every table (in the caller's snapshot when a transaction is open).
struct PgServerFacts
{
    QString serverVersion;
    int major = 0;
    QString database;
    qint64 sizeBytes = 0;
    QString encoding;
    QStringList extensions;
    QMap<QString, qint64> tables;

    static Result<PgServerFacts> read(PgConnection &connection);
    static Result<QMap<QString, qint64>> rowCounts(PgConnection &connection);
    // The tables that hold rows (schema, name), as pg_dump sees them.
    using Table = QPair<QString, QString>;
    static Result<QList<Table>> tableNames(PgConnection &connection);
    static QString key(const Table &table) { return table.first + QLatin1Char('.') + table.second; }
    // Rows of each of `tables` ("schema.table" keys): taken from `known` where it has them,
    // else count(*).
    static Result<QMap<QString, qint64>> rowCounts(PgConnection &connection, const QList<Table> &tables,
                                                   const QMap<QString, qint64> &known = {});
    QJsonObject toSourceJson() const;
};

} // namespace lifeboat
