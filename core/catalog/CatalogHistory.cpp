// Catalog rows about what happened rather than what is stored: scheduled runs and the audit
// trail. Same connection and class as Catalog.cpp; kept apart so each file has one job.
#include "Catalog.h"
#include "CatalogValues.h"

#include "common/Clock.h"

#include <QCryptographicHash>
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

QString Catalog::auditHash(const QString &previous, qint64 seq, const AuditEvent &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part : {previous, QString::number(seq), isoUtc(e.at), e.actor, e.action, e.target, e.detail}) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':'); // length-prefixed: no two splits hash alike
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

Status Catalog::recordAudit(const QString &action, const QString &target, const QString &detail)
{
    const passwd *pw = ::getpwuid(::geteuid());
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    QSqlQuery q(db);
    // One writer at a time extends the chain (several lifeboat-cli processes share a catalog).
    if (!q.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return fail(queryError(q));
    auto rollback = [&] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
    if (postgres && !q.exec(QStringLiteral("LOCK TABLE audit IN EXCLUSIVE MODE"))) {
        rollback();
        return fail(queryError(q));
    }
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"))) {
        rollback();
        return fail(queryError(q));
    }
    qint64 seq = 1;
    QString previous;
    if (q.next()) {
        seq = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString();
    }
    q.finish();
    AuditEvent e{QDateTime::fromString(isoUtc(Clock::instance().now()), Qt::ISODate),
                 pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid()), action, target, detail};
    q.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, target, detail, seq, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {text(isoUtc(e.at)), text(e.actor), text(action), text(target), text(detail), QVariant(seq), text(previous),
                              text(auditHash(previous, seq, e))})
        q.addBindValue(v);
    if (!q.exec()) {
        rollback();
        return fail(queryError(q));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        rollback();
        return fail(queryError(q));
    }
    return {};
}

Result<QList<Catalog::AuditEvent>> Catalog::auditTrail(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT at, actor, action, target, detail FROM audit ORDER BY at DESC, seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(queryError(q));
    QList<AuditEvent> out;
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

Result<Catalog::AuditChain> Catalog::verifyAuditChain()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    AuditChain chain;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE seq IS NULL")) || !q.next())
        return fail(queryError(q));
    chain.legacy = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit WHERE seq IS NOT NULL ORDER BY seq")))
        return fail(queryError(q));
    QString previous;
    qint64 expected = 1;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const AuditEvent e{QDateTime::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString()};
        QString problem;
        if (seq != expected)
            problem = seq > expected ? tr("events %1 to %2 are missing").arg(expected).arg(seq - 1) : tr("event %1 appears twice").arg(seq);
        else if (q.value(6).toString() != previous)
            problem = tr("its link to the event before does not match");
        else if (q.value(7).toString() != auditHash(previous, seq, e))
            problem = tr("its content was changed after it was written (%1 %2 at %3)").arg(e.action, e.target, isoUtc(e.at));
        if (!problem.isEmpty()) {
            chain.intact = false;
            chain.brokenSeq = seq;
            chain.problem = tr("audit event %1: %2").arg(seq).arg(problem);
            return chain;
        }
        previous = q.value(7).toString();
        ++chain.chained;
        ++expected;
        chain.headSeq = seq;
        chain.headHash = previous;
    }
    return chain;
}

} // namespace lifeboat
