// Catalog rows of DR drills: one per run, the record as JSON. Same connection and class as
// Catalog.cpp; kept apart so each file has one job.
#include "Catalog.h"
#include "CatalogValues.h"

#include "common/Clock.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace lifeboat {

Status Catalog::recordDrill(const DrillRecord &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO drills (id, plan, started_at, finished_at, status, data) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET plan = excluded.plan, started_at = excluded.started_at, "
                             "finished_at = excluded.finished_at, status = excluded.status, data = excluded.data"));
    using catalogvalues::text;
    for (const QVariant &v : {text(d.id), text(d.plan), text(isoUtc(d.startedAt)), text(isoUtc(d.finishedAt)), text(d.status)})
        q.addBindValue(v);
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Result<QList<DrillRecord>> Catalog::drills(const QDateTime &since)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data FROM drills WHERE started_at >= ? ORDER BY started_at DESC, id DESC"));
    q.addBindValue(since.isValid() ? isoUtc(since) : QStringLiteral(""));
    if (!q.exec())
        return fail(queryError(q));
    QList<DrillRecord> out;
    while (q.next())
        out.append(DrillRecord::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return out;
}

Result<std::optional<DrillRecord>> Catalog::drill(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data FROM drills WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(queryError(q));
    if (!q.next())
        return std::optional<DrillRecord>();
    return std::optional<DrillRecord>(DrillRecord::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
}

} // namespace lifeboat
