#include "RelationSnapshot.h"

#include "config/Config.h"
#include "postgres/PgAccess.h"
#include "postgres/PgConnection.h"

namespace lifeboat {

Result<RelationSnapshot::Snapshot> RelationSnapshot::read(const JobConfig &job)
{
    auto access = PgAccess::forJob(job);
    if (!access)
        return fail(access.error());
    auto first = PgConnection::open(access->conninfo, access->password);
    if (!first)
        return fail(first.error());
    auto databases = (*first)->query(QStringLiteral("SELECT oid, datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY oid"));
    if (!databases)
        return fail(databases.error());
    const QString current = PgConnection::databaseOf(access->conninfo);
    Snapshot out;
    for (const QStringList &db : std::as_const(*databases)) {
        std::unique_ptr<PgConnection> other;
        PgConnection *c = first->get();
        if (db.value(1) != (current.isEmpty() ? QStringLiteral("postgres") : current)) {
            auto opened = PgConnection::open(PgConnection::withDatabase(access->conninfo, db.value(1)), access->password);
            if (!opened) {
                out.skipped.append(tr("%1: %2").arg(db.value(1), opened.error().message));
                continue;
            }
            other = std::move(*opened);
            c = other.get();
        }
        auto rows = c->query(QStringLiteral("SELECT c.oid, pg_relation_filenode(c.oid), n.nspname || '.' || c.relname, c.relkind"
                                            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                            " WHERE c.oid >= 16384 AND c.relkind IN ('r', 'i', 'm', 'p', 'I', 't', 'S')"
                                            " AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'"));
        if (!rows) {
            out.skipped.append(tr("%1: %2").arg(db.value(1), rows.error().message));
            continue;
        }
        const quint32 dbOid = db.value(0).toUInt();
        out.relations.append(RelationName{dbOid, 0, 0, db.value(1), QString(), QStringLiteral("d")});
        for (const QStringList &r : std::as_const(*rows))
            out.relations.append(RelationName{dbOid, r.value(0).toUInt(), r.value(1).toUInt(), db.value(1), r.value(2), r.value(3)});
    }
    return out;
}

RelationNamer::RelationNamer(const QList<RelationName> &names)
{
    for (const RelationName &n : names) {
        if (n.relkind == QLatin1String("d")) {
            m_databases.insert(n.database, n.databaseName);
            continue;
        }
        m_databases.insert(n.database, n.databaseName);
        m_byOid.insert((quint64(n.database) << 32) | n.oid, n);
        if (n.fileNode)
            m_byNode.insert((quint64(n.database) << 32) | n.fileNode, n);
    }
}

const RelationName *RelationNamer::find(const WalRelationRef &ref) const
{
    const quint64 key = (quint64(ref.database) << 32) | ref.number;
    const auto &map = ref.isOid ? m_byOid : m_byNode;
    auto it = map.constFind(key);
    return it == map.cend() ? nullptr : &it.value();
}

bool RelationNamer::hitsTable(const QList<WalRelationRef> &refs) const
{
    for (const WalRelationRef &r : refs)
        if (const RelationName *n = find(r); n && (n->relkind == QLatin1String("r") || n->relkind == QLatin1String("m") || n->relkind == QLatin1String("p")))
            return true;
    return false;
}

bool RelationNamer::knowsAny(const QList<WalRelationRef> &refs) const
{
    for (const WalRelationRef &r : refs)
        if (find(r))
            return true;
    return false;
}

QStringList RelationNamer::names(const QList<WalRelationRef> &refs) const
{
    QStringList tables, indexes, unknown;
    for (const WalRelationRef &r : refs) {
        if (r.isOid && r.number == 0) { // a whole database
            const QString db = m_databases.value(r.database);
            tables.append(db.isEmpty() ? QStringLiteral("database %1").arg(r.database) : QStringLiteral("database %1").arg(db));
            continue;
        }
        const RelationName *n = find(r);
        if (!n) {
            unknown.append(QStringLiteral("%1/%2").arg(r.database).arg(r.number));
            continue;
        }
        if (n->name.startsWith(QLatin1String("pg_catalog.")) || n->name.startsWith(QLatin1String("pg_toast.")) || n->relkind == QLatin1String("t"))
            continue;
        const QString full = n->databaseName + QLatin1Char('.') + n->name;
        const bool isIndex = n->relkind == QLatin1String("i") || n->relkind == QLatin1String("I");
        const QString kind = isIndex ? QStringLiteral("index")
                             : n->relkind == QLatin1String("S") ? QStringLiteral("sequence")
                             : n->relkind == QLatin1String("m") ? QStringLiteral("materialized view")
                                                                : QStringLiteral("table");
        QStringList &list = isIndex ? indexes : tables;
        const QString entry = QStringLiteral("%1 (%2)").arg(full, kind);
        if (!list.contains(entry))
            list.append(entry);
    }
    // Numbers nobody knows stay visible: a table made after the last snapshot.
    return (tables.isEmpty() ? indexes : tables) + unknown;
}

} // namespace lifeboat
