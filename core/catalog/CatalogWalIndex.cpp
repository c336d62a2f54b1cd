// Catalog rows of the WAL event index: how far each timeline is read, packed commits,
// destructive events and the relation names they are shown with. Same connection and class as
// Catalog.cpp; kept apart so each file has one job.
#include "Catalog.h"
#include "CatalogValues.h"

#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lifeboat {

namespace {

using catalogvalues::blob;
using catalogvalues::text;

QString relationsText(const QList<WalRelationRef> &refs)
{
    QJsonArray out;
    for (const WalRelationRef &r : refs)
        out.append(QJsonArray{qint64(r.database), qint64(r.number), r.isOid});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<WalRelationRef> relationsFrom(const QString &text)
{
    QList<WalRelationRef> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        out.append(WalRelationRef{quint32(a.at(0).toInteger()), quint32(a.at(1).toInteger()), a.at(2).toBool()});
    }
    return out;
}

WalEvent eventFrom(const QSqlQuery &q)
{
    WalEvent e;
    e.id = q.value(0).toLongLong();
    e.timeline = quint32(q.value(1).toLongLong());
    WalEvent::kindFromName(q.value(2).toString(), &e.kind);
    e.timeUs = q.value(3).toLongLong();
    e.xid = quint32(q.value(4).toLongLong());
    e.lsn = quint64(q.value(5).toLongLong());
    e.rows = q.value(6).toLongLong();
    e.relations = relationsFrom(q.value(7).toString());
    const QString names = q.value(8).toString();
    e.names = names.isEmpty() ? QStringList() : names.split(QLatin1Char('\n'));
    return e;
}

const QString kEventColumns = QStringLiteral("id, timeline, kind, at_us, xid, lsn, row_count, relations, names");

} // namespace

Result<QList<Catalog::WalIndexState>> Catalog::walIndexStates(const QString &job)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT timeline, resume_lsn, last_segment, segments, wal_bytes, pending, updated_at FROM wal_index_state "
                             "WHERE job = ? ORDER BY timeline"));
    q.addBindValue(text(job));
    if (!q.exec())
        return fail(queryError(q));
    QList<WalIndexState> out;
    while (q.next())
        out.append({quint32(q.value(0).toLongLong()), quint64(q.value(1).toLongLong()), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toByteArray(), QDateTime::fromString(q.value(6).toString(), Qt::ISODate)});
    return out;
}

Status Catalog::storeWalIndexBatch(const QString &job, const WalIndexState &state, const WalCommitChunk &chunk, QList<WalEvent> &events)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(ErrorCode::Failed, tr("cannot start a catalog transaction: %1").arg(db.lastError().text()));
    auto rollback = [&db](Error e) {
        db.rollback();
        return fail(std::move(e));
    };
    QSqlQuery q(db);
    if (chunk.commits + chunk.aborts > 0) {
        q.prepare(QStringLiteral("INSERT INTO wal_commit_chunks (job, timeline, first_lsn, last_lsn, first_us, last_us, commits, aborts, data) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {text(job), QVariant(qint64(chunk.timeline)), QVariant(qint64(chunk.firstLsn)), QVariant(qint64(chunk.lastLsn)),
                                  QVariant(chunk.firstUs), QVariant(chunk.lastUs), QVariant(chunk.commits), QVariant(chunk.aborts), blob(chunk.data)})
            q.addBindValue(v);
        if (!q.exec())
            return rollback(queryError(q));
    }
    if (!events.isEmpty()) {
        q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM wal_events WHERE job = ?"));
        q.addBindValue(text(job));
        if (!q.exec() || !q.next())
            return rollback(queryError(q));
        qint64 next = q.value(0).toLongLong() + 1;
        q.prepare(QStringLiteral("INSERT INTO wal_events (id, job, timeline, kind, at_us, xid, lsn, row_count, relations, names) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (WalEvent &e : events) {
            e.id = next++;
            for (const QVariant &v : {QVariant(e.id), text(job), QVariant(qint64(e.timeline)), text(WalEvent::kindName(e.kind)), QVariant(e.timeUs),
                                      QVariant(qint64(e.xid)), QVariant(qint64(e.lsn)), QVariant(e.rows), text(relationsText(e.relations)),
                                      text(e.names.join(QLatin1Char('\n')))})
                q.addBindValue(v);
            if (!q.exec())
                return rollback(queryError(q));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO wal_index_state (job, timeline, resume_lsn, last_segment, segments, wal_bytes, pending, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job, timeline) DO UPDATE SET resume_lsn = excluded.resume_lsn, "
                             "last_segment = excluded.last_segment, segments = excluded.segments, wal_bytes = excluded.wal_bytes, "
                             "pending = excluded.pending, updated_at = excluded.updated_at"));
    for (const QVariant &v : {text(job), QVariant(qint64(state.timeline)), QVariant(qint64(state.resumeLsn)), text(state.lastSegment),
                              QVariant(state.segments), QVariant(state.walBytes), blob(state.pending), text(isoUtc(state.updatedAt))})
        q.addBindValue(v);
    if (!q.exec())
        return rollback(queryError(q));
    if (!db.commit())
        return rollback(Error{ErrorCode::Failed, tr("cannot commit to the catalog: %1").arg(db.lastError().text()), {}});
    return {};
}

Result<QList<Catalog::WalCommitChunk>> Catalog::walCommitChunks(const QString &job, qint64 fromUs, qint64 toUs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT timeline, first_lsn, last_lsn, first_us, last_us, commits, aborts, data FROM wal_commit_chunks "
                             "WHERE job = ? AND last_us >= ? AND (? = 0 OR first_us <= ?) ORDER BY timeline, first_lsn"));
    for (const QVariant &v : {text(job), QVariant(fromUs), QVariant(toUs), QVariant(toUs)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    QList<WalCommitChunk> out;
    while (q.next())
        out.append({quint32(q.value(0).toLongLong()), quint64(q.value(1).toLongLong()), quint64(q.value(2).toLongLong()), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toByteArray()});
    return out;
}

Result<QList<WalEvent>> Catalog::walEvents(const QString &job, qint64 fromUs, qint64 toUs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM wal_events WHERE job = ? AND at_us >= ? AND (? = 0 OR at_us <= ?) ORDER BY at_us, id").arg(kEventColumns));
    for (const QVariant &v : {text(job), QVariant(fromUs), QVariant(toUs), QVariant(toUs)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    QList<WalEvent> out;
    while (q.next())
        out.append(eventFrom(q));
    return out;
}

Result<std::optional<WalEvent>> Catalog::walEvent(const QString &job, qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM wal_events WHERE job = ? AND id = ?").arg(kEventColumns));
    q.addBindValue(text(job));
    q.addBindValue(id);
    if (!q.exec())
        return fail(queryError(q));
    if (!q.next())
        return std::optional<WalEvent>();
    return std::optional<WalEvent>(eventFrom(q));
}

Status Catalog::clearWalIndex(const QString &job)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(ErrorCode::Failed, tr("cannot start a catalog transaction: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    for (const char *table : {"wal_commit_chunks", "wal_events", "wal_index_state"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE job = ?").arg(QLatin1String(table)));
        q.addBindValue(text(job));
        if (!q.exec()) {
            Error e = queryError(q);
            db.rollback();
            return fail(e);
        }
    }
    if (!db.commit())
        return fail(ErrorCode::Failed, tr("cannot commit to the catalog: %1").arg(db.lastError().text()));
    return {};
}

Status Catalog::storeRelationNames(const QString &job, const QList<RelationName> &names)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(ErrorCode::Failed, tr("cannot start a catalog transaction: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO wal_relations (job, db_oid, oid, file_node, db_name, name, relkind, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (job, db_oid, oid, file_node) DO UPDATE SET db_name = excluded.db_name, name = excluded.name, "
                             "relkind = excluded.relkind, seen_at = excluded.seen_at"));
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    for (const RelationName &n : names) {
        for (const QVariant &v : {text(job), QVariant(qint64(n.database)), QVariant(qint64(n.oid)), QVariant(qint64(n.fileNode)), text(n.databaseName),
                                  text(n.name), text(n.relkind), text(now)})
            q.addBindValue(v);
        if (!q.exec()) {
            Error e = queryError(q);
            db.rollback();
            return fail(e);
        }
    }
    if (!db.commit())
        return fail(ErrorCode::Failed, tr("cannot commit to the catalog: %1").arg(db.lastError().text()));
    return {};
}

Result<QList<RelationName>> Catalog::relationNames(const QString &job)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT db_oid, oid, file_node, db_name, name, relkind FROM wal_relations WHERE job = ? ORDER BY seen_at"));
    q.addBindValue(text(job));
    if (!q.exec())
        return fail(queryError(q));
    QList<RelationName> out;
    while (q.next())
        out.append({quint32(q.value(0).toLongLong()), quint32(q.value(1).toLongLong()), quint32(q.value(2).toLongLong()), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace lifeboat
