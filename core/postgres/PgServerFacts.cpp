#include "PgServerFacts.h"

#include <QJsonArray>

namespace lifeboat {

Result<PgServerFacts> PgServerFacts::read(PgConnection &c)
{
    auto rows = c.query(QStringLiteral("SELECT current_setting('server_version'), current_setting('server_version_num')::int / 10000,"
                                       " current_database(), pg_database_size(current_database()),"
                                       " pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"));
    if (!rows)
        return fail(rows.error());
    PgServerFacts f;
    const QStringList row = rows->value(0);
    f.serverVersion = row.value(0).section(QLatin1Char(' '), 0, 0);
    f.major = row.value(1).toInt();
    f.database = row.value(2);
    f.sizeBytes = row.value(3).toLongLong();
    f.encoding = row.value(4);
    auto ext = c.query(QStringLiteral("SELECT extname || ' ' || extversion FROM pg_extension ORDER BY extname"));
    if (!ext)
        return fail(ext.error());
    for (const QStringList &e : std::as_const(*ext))
        f.extensions.append(e.value(0));
    return f;
}

Result<QList<PgServerFacts::Table>> PgServerFacts::tableNames(PgConnection &c)
{
    // Ordinary tables and partitions (the leaves that hold rows), as pg_dump sees them.
    auto tables = c.query(QStringLiteral("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                         " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                                         " AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'"
                                         " ORDER BY 1, 2"));
    if (!tables)
        return fail(tables.error());
    QList<Table> names;
    for (const QStringList &t : std::as_const(*tables))
        names.append({t.value(0), t.value(1)});
    return names;
}

Result<QMap<QString, qint64>> PgServerFacts::rowCounts(PgConnection &c)
{
    auto tables = tableNames(c);
    if (!tables)
        return fail(tables.error());
    return rowCounts(c, *tables);
}

Result<QMap<QString, qint64>> PgServerFacts::rowCounts(PgConnection &c, const QList<Table> &tables, const QMap<QString, qint64> &known)
{
    QMap<QString, qint64> counts;
    for (const Table &table : tables) {
        auto k = known.constFind(key(table));
        if (k != known.cend()) {
            counts.insert(key(table), k.value());
            continue;
        }
        auto n = c.scalar(QStringLiteral("SELECT count(*) FROM ONLY %1.%2")
                              .arg(PgConnection::quoteIdentifier(table.first), PgConnection::quoteIdentifier(table.second)));
        if (!n)
            return fail(n.error());
        counts.insert(key(table), n->toLongLong());
    }
    return counts;
}

QJsonObject PgServerFacts::toSourceJson() const
{
    QJsonObject tablesJson;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tablesJson.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("engine"), QStringLiteral("postgresql")},
                       {QStringLiteral("server_version"), serverVersion},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("size_bytes"), sizeBytes},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("extensions"), QJsonArray::fromStringList(extensions)},
                       {QStringLiteral("tables"), tablesJson}};
}

} // namespace lifeboat
