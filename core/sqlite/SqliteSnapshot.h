#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace lifeboat {

class OperationContext;

struct SqliteFacts
{
    int pageSize = 0;
    qint64 pageCount = 0;
    QString journalMode;
    qint64 sizeBytes = 0;
    QMap<QString, qint64> tables;

    QJsonObject toSourceJson(const QString &path) const;
};

// Copies a live SQLite database with the online backup API into `destination`, stepping a few
// MiB at a time for progress and cancellation. The source connection holds one read
// transaction throughout, so the copy is one consistent snapshot and never restarts while
// other processes write (WAL mode: writers go on; rollback journal: writers wait, as with any
// reader). The copy is a scratch file: it is not fsynced.
class SqliteSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSnapshot)

public:
    // Returns the source's journal mode and page facts; tables are filled by inspect().
    static Result<SqliteFacts> take(const QString &source, const QString &destination, OperationContext *context);
    // integrity_check and exact row counts of a database file nobody else writes (a snapshot,
    // a decoded backup, a restored file before it is renamed into place).
    static Result<SqliteFacts> inspect(const QString &path);
};

} // namespace lifeboat
