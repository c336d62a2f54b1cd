#pragma once

#include "WalEvents.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lifeboat {

struct JobConfig;

// Reads which relation (by OID and by file node) is which table or index in every database of
// a job's server, so WAL events can name what they hit. Taken at each base backup and each
// index update and kept in the catalog: a table dropped later keeps the name it had.
class RelationSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(RelationSnapshot)

public:
    struct Snapshot
    {
        QList<RelationName> relations;
        QStringList skipped; // databases that could not be read, with why
    };
    static Result<Snapshot> read(const JobConfig &job);
};

// Turns an event's relation numbers into names a DBA reads: tables first, indexes only when no
// table was hit, TOAST tables and system catalogs left out, unknown numbers kept as "DB/NUMBER".
class RelationNamer
{
public:
    explicit RelationNamer(const QList<RelationName> &names); // oldest first: newer sightings win
    QStringList names(const QList<WalRelationRef> &refs) const;
    // Whether any relation of refs is known to be a table, matview or partitioned table (false
    // when none is known): a TRUNCATE that only hit indexes is a REINDEX.
    bool hitsTable(const QList<WalRelationRef> &refs) const;
    bool knowsAny(const QList<WalRelationRef> &refs) const;

private:
    const RelationName *find(const WalRelationRef &ref) const;
    QHash<quint64, RelationName> m_byOid;
    QHash<quint64, RelationName> m_byNode;
    QHash<quint32, QString> m_databases;
};

} // namespace lifeboat
