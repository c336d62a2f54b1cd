// Config changes as audit events, however they were made. The GUI records its own saves; an edit
// with a text editor, a configuration-management run or a `kubectl apply` is noticed the next
// time any Lifeboat command opens the catalog with that config: its SHA-256 differs from the one
// last seen. Same connection and class as Catalog.cpp; kept apart so each file has one job.
#include "Catalog.h"

#include "CatalogValues.h"
#include "common/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace lifeboat {

using catalogvalues::text;

namespace {
// The config hashes this process already found recorded in a catalog: every catalog open (the
// GUI opens one per page refresh) then costs a file hash, not a query. Keyed by catalog and path;
// the file's modification time is part of the value, so any edit - even one back to content seen
// before, after another process recorded a different version - is looked up again.
QMutex confirmedMutex;
QHash<QString, QString> confirmed;

QString confirmedKey(const QString &connection, const QString &path)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    return QStringLiteral("%1|%2|%3|%4|%5").arg(db.driverName(), db.hostName()).arg(db.port()).arg(db.databaseName(), path);
}

void confirm(const QString &key, const QString &stamp)
{
    QMutexLocker lock(&confirmedMutex);
    confirmed.insert(key, stamp);
}
} // namespace

QString Catalog::configFileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&file);
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> Catalog::lastSeenConfig(const QString &path)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT sha256 FROM config_versions WHERE path = ?"));
    q.addBindValue(path);
    if (!q.exec())
        return fail(queryError(q));
    return q.next() ? q.value(0).toString() : QString();
}

Status Catalog::storeConfigVersion(const QString &path, const QString &sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO config_versions (path, sha256, seen_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, seen_at = excluded.seen_at"));
    for (const QVariant &v : {text(path), text(sha256), text(isoUtc(Clock::instance().now()))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(queryError(q));
    return {};
}

Status Catalog::noteConfigVersion(const QString &configPath)
{
    const QString path = QFileInfo(configPath).absoluteFilePath();
    const QString now = configFileSha256(path);
    if (now.isEmpty())
        return {}; // a config given as text (tests, the GUI's unsaved edits): nothing on disk to track
    const QString key = confirmedKey(m_connection, path);
    const QString stamp = now + QLatin1Char('@') + QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
    {
        QMutexLocker lock(&confirmedMutex);
        if (confirmed.value(key) == stamp)
            return {};
    }
    auto before = lastSeenConfig(path);
    if (!before)
        return fail(before.error());
    if (*before == now) {
        confirm(key, stamp);
        return {};
    }
    // The event first, then the version: when recording fails, the next run notices again.
    const QString detail = before->isEmpty() ? tr("first used with this catalog; SHA-256 %1").arg(now)
                                             : tr("changed outside Lifeboat's GUI; SHA-256 %1 -> %2").arg(*before, now);
    LB_TRY(recordAudit(before->isEmpty() ? QStringLiteral("config-seen") : QStringLiteral("config-change"), path, detail));
    LB_TRY(storeConfigVersion(path, now));
    confirm(key, stamp);
    return {};
}

Status Catalog::recordConfigChange(const QString &configPath, const QString &how)
{
    const QString path = QFileInfo(configPath).absoluteFilePath();
    const QString now = configFileSha256(path);
    auto before = lastSeenConfig(path);
    if (!before)
        return fail(before.error());
    const QString detail = before->isEmpty() || *before == now ? tr("%1; SHA-256 %2").arg(how, now)
                                                                : tr("%1; SHA-256 %2 -> %3").arg(how, *before, now);
    LB_TRY(recordAudit(QStringLiteral("config-change"), path, detail));
    return storeConfigVersion(path, now);
}

} // namespace lifeboat
