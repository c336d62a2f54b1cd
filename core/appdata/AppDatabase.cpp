#include "AppDatabase.h"

#include "config/Config.h"
#include "postgres/PgAccess.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <libpq-fe.h>

namespace lifeboat {

namespace {

QAtomicInt connectionCounter;

QString canonicalType(QString declared)
{
    declared = declared.toLower();
    if (declared.contains(QLatin1String("bool")))
        return QStringLiteral("boolean");
    if (declared.startsWith(QLatin1String("json")))
        return QStringLiteral("json");
    if (declared.contains(QLatin1String("timestamp")) || declared.startsWith(QLatin1String("datetime")) || declared == QLatin1String("date"))
        return QStringLiteral("datetime");
    if (declared.contains(QLatin1String("blob")) || declared == QLatin1String("bytea"))
        return QStringLiteral("blob");
    if (declared.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (declared.contains(QLatin1String("float")) || declared.contains(QLatin1String("double")) || declared.contains(QLatin1String("real"))
        || declared.contains(QLatin1String("numeric")))
        return QStringLiteral("real");
    return QStringLiteral("text");
}

// "2025-01-02 09:00:00.123456" (SQLAlchemy on SQLite) -> "2025-01-02T09:00:00.123456+00:00".
QString canonicalTime(QString stored)
{
    if (stored.size() >= 19 && stored.at(10) == QLatin1Char(' '))
        stored[10] = QLatin1Char('T');
    if (stored.endsWith(QLatin1Char('Z')))
        stored.chop(1);
    const bool hasOffset = stored.size() > 19 && (stored.indexOf(QLatin1Char('+'), 19) > 0 || stored.indexOf(QLatin1Char('-'), 19) > 0);
    return hasOffset ? stored : stored + QStringLiteral("+00:00");
}

// The reverse for SQLite: UTC without offset, fraction kept as written.
QString sqliteTime(const QString &canonical)
{
    QString t = canonical;
    if (t.endsWith(QLatin1String("+00:00")))
        t.chop(6);
    else if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    else if (t.size() > 19) {
        const QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (parsed.isValid())
            t = parsed.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
    }
    if (t.size() >= 19 && t.at(10) == QLatin1Char('T'))
        t[10] = QLatin1Char(' ');
    return t;
}

} // namespace

Result<std::unique_ptr<AppDatabase>> AppDatabase::forJob(const JobConfig &job)
{
    if (!job.path.isEmpty())
        return openSqlite(job.path);
    if (job.conninfo.isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("job \"%1\": an app-export job needs path (a SQLite file) or conninfo (PostgreSQL)").arg(job.name));
    auto access = PgAccess::forJob(job);
    if (!access)
        return fail(access.error());
    auto db = openPostgres(access->conninfo, access->password);
    if (!db) {
        Error e = db.error();
        e.message = tr("job \"%1\": %2").arg(job.name, e.message);
        return fail(e);
    }
    return db;
}

Result<std::unique_ptr<AppDatabase>> AppDatabase::openSqlite(const QString &path, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("database %1 does not exist (check the job's path)").arg(path));
    std::unique_ptr<AppDatabase> db(new AppDatabase);
    db->m_engine = Engine::Sqlite;
    db->m_connection = QStringLiteral("lifeboat-app-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    db->m_describe = path;
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    sql.setDatabaseName(path);
    sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!sql.open())
        return fail(ErrorCode::Failed, tr("cannot open database %1: %2").arg(path, sql.lastError().text()));
    // The application runs with foreign keys on; so does Lifeboat, so cascades and checks match.
    LB_TRY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    return db;
}

Result<std::unique_ptr<AppDatabase>> AppDatabase::openPostgres(const QString &conninfo, const QByteArray &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(ErrorCode::Failed, tr("the Qt PostgreSQL driver is missing (install the Debian package libqt6sql6-psql)"));
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!options) {
        const QString why = parseError ? QString::fromUtf8(parseError).trimmed() : QString();
        PQfreemem(parseError);
        return fail(ErrorCode::InvalidConfig, tr("conninfo cannot be parsed: %1 (write it as \"host=... port=... dbname=... user=...\")").arg(why));
    }
    std::unique_ptr<AppDatabase> db(new AppDatabase);
    db->m_engine = Engine::Postgres;
    db->m_connection = QStringLiteral("lifeboat-app-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connection);
    QStringList extra;
    QString host, port, dbname;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword), value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host"))
            host = value, sql.setHostName(value);
        else if (key == QLatin1String("port"))
            port = value, sql.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            dbname = value, sql.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            sql.setUserName(value);
        else if (key != QLatin1String("password"))
            extra.append(key + QLatin1Char('=') + value);
    }
    PQconninfoFree(options);
    if (!extra.isEmpty())
        sql.setConnectOptions(extra.join(QLatin1Char(';')));
    if (!password.isEmpty())
        sql.setPassword(QString::fromUtf8(password));
    db->m_describe = QStringLiteral("%1 on %2:%3").arg(dbname, host.isEmpty() ? QStringLiteral("localhost") : host, port.isEmpty() ? QStringLiteral("5432") : port);
    if (!sql.open())
        return fail(ErrorCode::ServerUnavailable,
                    tr("cannot connect to PostgreSQL database %1: %2 (check conninfo and password_file, and that the server runs)")
                        .arg(db->m_describe, sql.lastError().text().trimmed()));
    return db;
}

AppDatabase::~AppDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString AppDatabase::quote(const QString &identifier) const
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Error AppDatabase::queryError(const QString &what, const QString &sqlError) const
{
    return Error{ErrorCode::Failed, tr("database %1: %2: %3").arg(m_describe, what, sqlError.trimmed()), {}};
}

Status AppDatabase::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql))
        return fail(queryError(sql, q.lastError().text()));
    return {};
}

Result<bool> AppDatabase::hasTable(const QString &table)
{
    auto types = cachedTypes(table);
    if (!types)
        return fail(types.error());
    return !types->isEmpty();
}

Result<AppDatabase::ColumnTypes> AppDatabase::columnTypes(const QString &table)
{
    auto types = cachedTypes(table);
    if (!types)
        return types;
    if (types->isEmpty())
        return fail(ErrorCode::Failed, tr("database %1 has no table %2 (is it the application's database, at a supported schema version?)").arg(m_describe, table));
    return types;
}

Result<AppDatabase::ColumnTypes> AppDatabase::cachedTypes(const QString &table)
{
    auto it = m_types.constFind(table);
    if (it != m_types.constEnd())
        return *it;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    ColumnTypes types;
    if (m_engine == Engine::Sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quote(table))))
            return fail(queryError(tr("reading the columns of %1").arg(table), q.lastError().text()));
        while (q.next())
            types.insert(q.value(1).toString(), canonicalType(q.value(2).toString()));
    } else {
        q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        if (!q.exec())
            return fail(queryError(tr("reading the columns of %1").arg(table), q.lastError().text()));
        while (q.next())
            types.insert(q.value(0).toString(), canonicalType(q.value(1).toString()));
    }
    m_types.insert(table, types);
    return types;
}

Result<QList<QJsonObject>> AppDatabase::readTable(const QString &table)
{
    auto types = columnTypes(table);
    if (!types)
        return fail(types.error());
    QStringList select;
    const QStringList names = types->keys();
    for (const QString &c : names) {
        const QString type = types->value(c);
        if (m_engine == Engine::Postgres && type == QLatin1String("datetime"))
            select.append(QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"')").arg(quote(c)));
        else if (m_engine == Engine::Postgres && type == QLatin1String("blob"))
            select.append(QStringLiteral("translate(encode(%1, 'base64'), E'\\n', '')").arg(quote(c)));
        else if (m_engine == Engine::Postgres && type == QLatin1String("json"))
            select.append(quote(c) + QStringLiteral("::text"));
        else
            select.append(quote(c));
    }
    // A stable order (exports compare and diff well): by id, else by every column.
    const QString order = types->contains(QStringLiteral("id")) ? quote(QStringLiteral("id")) : QStringLiteral("1, 2");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(select.join(QStringLiteral(", ")), quote(table), order)))
        return fail(queryError(tr("reading %1").arg(table), q.lastError().text()));
    QList<QJsonObject> rows;
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant v = q.value(i);
            const QString type = types->value(names.at(i));
            QJsonValue out;
            if (v.isNull())
                out = QJsonValue::Null;
            else if (type == QLatin1String("boolean"))
                out = v.typeId() == QMetaType::Bool ? v.toBool() : (v.toString() == QLatin1String("true") || v.toLongLong() != 0);
            else if (type == QLatin1String("integer"))
                out = double(v.toLongLong());
            else if (type == QLatin1String("real"))
                out = v.toDouble();
            else if (type == QLatin1String("blob"))
                out = QJsonObject{{QStringLiteral("base64"), m_engine == Engine::Postgres ? v.toString()
                                                                                          : QString::fromLatin1(v.toByteArray().toBase64())}};
            else if (type == QLatin1String("datetime"))
                out = m_engine == Engine::Sqlite ? canonicalTime(v.toString()) : v.toString();
            else
                out = v.toString();
            row.insert(names.at(i), out);
        }
        rows.append(row);
    }
    return rows;
}

QVariant AppDatabase::toBind(const QJsonValue &value, const QString &type) const
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (type == QLatin1String("boolean")) {
        const bool b = value.isBool() ? value.toBool() : (value.isDouble() ? value.toDouble() != 0 : value.toString() == QLatin1String("true"));
        return m_engine == Engine::Sqlite ? QVariant(b ? 1 : 0) : QVariant(b);
    }
    if (type == QLatin1String("integer"))
        return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant(value.toString().toLongLong());
    if (type == QLatin1String("real"))
        return value.toDouble();
    if (type == QLatin1String("blob")) // PostgreSQL: decoded by the placeholder (see placeholder())
        return m_engine == Engine::Postgres ? QVariant(value.toObject().value(QStringLiteral("base64")).toString())
                                            : QVariant(QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1()));
    if (type == QLatin1String("datetime"))
        return m_engine == Engine::Sqlite ? sqliteTime(value.toString()) : value.toString();
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QVariant();
}

QString AppDatabase::placeholder(const QString &type) const
{
    // Bytes travel as base64 text: binding bytea through the Qt driver is not reliable.
    return m_engine == Engine::Postgres && type == QLatin1String("blob") ? QStringLiteral("decode(?, 'base64')") : QStringLiteral("?");
}

Result<bool> AppDatabase::exists(const QString &table, const QString &column, const QJsonValue &value)
{
    auto types = columnTypes(table);
    if (!types)
        return fail(types.error());
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = %3").arg(quote(table), quote(column), placeholder(types->value(column))));
    q.addBindValue(toBind(value, types->value(column)));
    if (!q.exec())
        return fail(queryError(tr("looking up %1.%2").arg(table, column), q.lastError().text()));
    return q.next();
}

Status AppDatabase::begin()
{
    return exec(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Status AppDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void AppDatabase::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

Status AppDatabase::insert(const QString &table, const QJsonObject &row)
{
    auto types = columnTypes(table);
    if (!types)
        return fail(types.error());
    QStringList columns, marks;
    QVariantList values;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!types->contains(it.key()))
            continue; // a column the target's schema version does not have
        columns.append(quote(it.key()));
        marks.append(placeholder(types->value(it.key())));
        values.append(toBind(it.value(), types->value(it.key())));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(quote(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(tr("inserting into %1").arg(table), q.lastError().text()));
    return {};
}

Status AppDatabase::update(const QString &table, const QString &idColumn, const QJsonValue &id, const QJsonObject &changes)
{
    auto types = columnTypes(table);
    if (!types)
        return fail(types.error());
    QStringList sets;
    QVariantList values;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!types->contains(it.key()) || it.key() == idColumn)
            continue;
        sets.append(quote(it.key()) + QStringLiteral(" = ") + placeholder(types->value(it.key())));
        values.append(toBind(it.value(), types->value(it.key())));
    }
    if (sets.isEmpty())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(quote(table), sets.join(QStringLiteral(", ")), quote(idColumn)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(toBind(id, types->value(idColumn)));
    if (!q.exec())
        return fail(queryError(tr("updating %1").arg(table), q.lastError().text()));
    return {};
}

Status AppDatabase::remove(const QString &table, const QJsonObject &where)
{
    auto types = columnTypes(table);
    if (!types)
        return fail(types.error());
    QStringList conditions;
    QVariantList values;
    for (auto it = where.constBegin(); it != where.constEnd(); ++it) {
        conditions.append(quote(it.key()) + QStringLiteral(" = ") + placeholder(types->value(it.key())));
        values.append(toBind(it.value(), types->value(it.key())));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(quote(table), conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(tr("deleting from %1").arg(table), q.lastError().text()));
    return {};
}

} // namespace lifeboat
