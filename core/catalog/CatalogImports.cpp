// Catalog rows of application imports: what each import did, kept for operators and auditors.
// Same connection and class as Catalog.cpp; kept apart so each file has one job.
#include "Catalog.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace lifeboat {

Status Catalog::recordImport(const QString &id, const QString &job, const QString &startedAt, const QString &status, const QJsonObject &data)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO imports (id, job, started_at, status, data) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data"));
    for (const QString &v : {id, job, startedAt, status, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Result<QList<QJsonObject>> Catalog::imports(const QString &job, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data FROM imports WHERE job = ? OR ? = '' ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(job);
    q.addBindValue(job);
    q.addBindValue(limit);
    if (!q.exec())
        return fail(queryError(q));
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return out;
}

} // namespace lifeboat
