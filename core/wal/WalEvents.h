#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace lifeboat {

// What the WAL event index knows, as plain values shared by the parser, the catalog and the
// commands. Times are microseconds since the Unix epoch (UTC), as the WAL has them.

// One commit or abort record.
struct WalCommit
{
    qint64 timeUs = 0;
    quint32 xid = 0;
    quint64 lsn = 0; // start of the commit record
    bool abort = false;
};

// A relation as the WAL names it: the database's OID and either the relation's OID (dropped
// statistics, heap truncate records) or its file node (storage, heap records).
struct WalRelationRef
{
    quint32 database = 0;
    quint32 number = 0;
    bool isOid = false;
    bool operator==(const WalRelationRef &o) const { return database == o.database && number == o.number && isOid == o.isOid; }
};

// A destructive change, dated by the commit that made it visible.
struct WalEvent
{
    enum class Kind { Drop, Truncate, Rewrite, Delete, Update };
    qint64 id = 0; // catalog id, 0 until stored
    Kind kind = Kind::Drop;
    quint32 timeline = 0;
    qint64 timeUs = 0;
    quint32 xid = 0;  // the top-level transaction (recovery_target_xid)
    quint64 lsn = 0;  // its commit record
    qint64 rows = 0;  // Delete, Update: rows changed in the biggest relation hit
    QList<WalRelationRef> relations;
    QStringList names; // resolved when stored: "db.schema.table (table)", or "5/16384" when unknown

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

// One relation the server had when Lifeboat looked (at a base backup or an index update).
struct RelationName
{
    quint32 database = 0;
    quint32 oid = 0;
    quint32 fileNode = 0;
    QString databaseName;
    QString name;    // schema.relation
    QString relkind; // pg_class.relkind: r table, i index, m matview, p partitioned, S sequence
};

} // namespace lifeboat
