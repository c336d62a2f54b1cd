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
    QJsonObject toSourceJson() const;
};

} // namespace lifeboat
