// Catalog rows about what happened rather than what is stored: scheduled runs and the audit
// trail. Same connection and class as Catalog.cpp; kept apart so each file has one job.
#include "Catalog.h"
#include "CatalogValues.h"

#include "common/Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <pwd.h>
#include <unistd.h>

namespace lifeboat {

using catalogvalues::text;

Status Catalog::recordRun(const Run &r)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO runs (job, task, trigger, scheduled_for, started_at, finished_at, status, error, backup_id, size_bytes) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {text(r.job), text(r.task), text(r.trigger), text(isoUtc(r.scheduledFor)), text(isoUtc(r.startedAt)),
                              text(isoUtc(r.finishedAt)), text(r.status), text(r.error), text(r.backupId), QVariant(r.sizeBytes)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Result<QList<Catalog::Run>> Catalog::runs(const QString &job, const QString &task, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT job, task, trigger, scheduled_for, started_at, finished_at, status, error, backup_id, size_bytes FROM runs "
                             "WHERE (? = '' OR job = ?) AND (? = '' OR task = ?) ORDER BY started_at DESC, rowid DESC LIMIT ?"));
    for (const QVariant &v : {text(job), text(job), text(task), text(task), QVariant(limit)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    QList<Run> out;
    auto time = [&q](int column) { return QDateTime::fromString(q.value(column).toString(), Qt::ISODate); };
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), time(3), time(4), time(5), q.value(6).toString(),
                    q.value(7).toString(), q.value(8).toString(), q.value(9).toLongLong()});
    return out;
}

Result<QDateTime> Catalog::lastScheduled(const QString &job, const QString &task)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT max(scheduled_for) FROM runs WHERE job = ? AND task = ? AND status <> 'busy'"));
    q.addBindValue(job);
    q.addBindValue(task);
    if (!q.exec())
        return fail(queryError(q));
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

Result<QDateTime> Catalog::newestBackupStart(const QString &job)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT max(started_at) FROM backups WHERE job = ?"));
    q.addBindValue(text(job));
    if (!q.exec())
        return fail(queryError(q));
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

Result<QList<Catalog::Verification>> Catalog::verifications(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT level, status, at, message FROM verifications WHERE backup_id = ? ORDER BY at DESC, rowid DESC"));
    q.addBindValue(text(id));
    if (!q.exec())
        return fail(queryError(q));
    QList<Verification> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()});
    return out;
}

Status Catalog::recordAudit(const QString &action, const QString &target, const QString &detail)
{
    const passwd *pw = ::getpwuid(::geteuid());
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : {text(isoUtc(Clock::instance().now())), text(pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid())),
                              text(action), text(target), text(detail)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Result<QList<Catalog::AuditEvent>> Catalog::auditTrail(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT at, actor, action, target, detail FROM audit ORDER BY at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(queryError(q));
    QList<AuditEvent> out;
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace lifeboat
