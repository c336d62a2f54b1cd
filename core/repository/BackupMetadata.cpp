#include "BackupMetadata.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat {

QJsonObject BackupMetadata::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), format);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("job"), job);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("artifact"), artifact);
    o.insert(QStringLiteral("started_at"), isoUtc(startedAt));
    o.insert(QStringLiteral("finished_at"), isoUtc(finishedAt));
    o.insert(QStringLiteral("duration_seconds"), qRound(durationSeconds * 1000.0) / 1000.0);
    o.insert(QStringLiteral("size_bytes"), sizeBytes);
    o.insert(QStringLiteral("source_bytes"), sourceBytes);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("content_sha256"), contentSha256);
    o.insert(QStringLiteral("compression"), compression);
    o.insert(QStringLiteral("encryption"), encryption);
    if (!recipients.isEmpty())
        o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    o.insert(QStringLiteral("status"), status);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("keep_forever"), keepForever);
    o.insert(QStringLiteral("source"), source);
    if (!pitr.isEmpty())
        o.insert(QStringLiteral("pitr"), pitr);
    if (!verification.isEmpty())
        o.insert(QStringLiteral("verification"), verification);
    if (!parts.isEmpty())
        o.insert(QStringLiteral("parts"), parts);
    o.insert(QStringLiteral("lifeboat_version"), lifeboatVersion);
    return o;
}

QStringList BackupMetadata::tableDifferences(const QMap<QString, qint64> &actual, const QStringList &only) const
{
    const QJsonObject expected = source.value(QStringLiteral("tables")).toObject();
    QStringList differing;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!only.isEmpty() && !only.contains(it.key()))
            continue;
        const qint64 want = it.value().toInteger();
        const qint64 have = actual.value(it.key(), -1);
        if (want != have)
            differing.append(QCoreApplication::translate("BackupMetadata", "%1: %2 rows, expected %3").arg(it.key()).arg(have).arg(want));
    }
    return differing;
}

BackupMetadata BackupMetadata::part(const QString &name) const
{
    const QJsonObject p = parts.value(name).toObject();
    BackupMetadata m = *this;
    m.artifact = p.value(QStringLiteral("artifact")).toString();
    m.sizeBytes = p.value(QStringLiteral("size_bytes")).toInteger();
    m.sha256 = p.value(QStringLiteral("sha256")).toString();
    m.contentSha256 = p.value(QStringLiteral("content_sha256")).toString();
    m.parts = {};
    return m;
}

QStringList BackupMetadata::partArtifacts() const
{
    QStringList names;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
        names.append(it.value().toObject().value(QStringLiteral("artifact")).toString());
    return names;
}

QByteArray BackupMetadata::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<BackupMetadata> BackupMetadata::fromJson(const QByteArray &bytes, const QString &pathForMessages)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("BackupMetadata", "sidecar %1 is not valid JSON: %2 (restore it from a copy or remove the backup)")
                        .arg(pathForMessages, parseError.errorString()));
    const QJsonObject o = doc.object();
    BackupMetadata m;
    m.format = o.value(QStringLiteral("format")).toString();
    if (!m.format.startsWith(QLatin1String("lifeboat-backup/")))
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("BackupMetadata", "sidecar %1 is not a Lifeboat backup record (format \"%2\")")
                        .arg(pathForMessages, m.format));
    m.id = o.value(QStringLiteral("id")).toString();
    m.job = o.value(QStringLiteral("job")).toString();
    m.kind = o.value(QStringLiteral("kind")).toString();
    m.artifact = o.value(QStringLiteral("artifact")).toString();
    m.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    m.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finished_at")).toString(), Qt::ISODate);
    m.durationSeconds = o.value(QStringLiteral("duration_seconds")).toDouble();
    m.sizeBytes = o.value(QStringLiteral("size_bytes")).toInteger();
    m.sourceBytes = o.value(QStringLiteral("source_bytes")).toInteger();
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    m.contentSha256 = o.value(QStringLiteral("content_sha256")).toString();
    m.compression = o.value(QStringLiteral("compression")).toString();
    m.encryption = o.value(QStringLiteral("encryption")).toString();
    for (const auto &r : o.value(QStringLiteral("recipients")).toArray())
        m.recipients.append(r.toString());
    m.status = o.value(QStringLiteral("status")).toString();
    m.error = o.value(QStringLiteral("error")).toString();
    m.label = o.value(QStringLiteral("label")).toString();
    m.keepForever = o.value(QStringLiteral("keep_forever")).toBool();
    m.source = o.value(QStringLiteral("source")).toObject();
    m.pitr = o.value(QStringLiteral("pitr")).toObject();
    m.verification = o.value(QStringLiteral("verification")).toObject();
    m.parts = o.value(QStringLiteral("parts")).toObject();
    m.lifeboatVersion = o.value(QStringLiteral("lifeboat_version")).toString();
    if (m.id.isEmpty() || m.job.isEmpty() || m.artifact.isEmpty() || !m.startedAt.isValid())
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("BackupMetadata", "sidecar %1 lacks id, job, artifact or started_at")
                        .arg(pathForMessages));
    // A damaged byte must not turn into a backup of another kind or a half-filled record.
    static const QStringList kinds{QStringLiteral("postgresql-logical"), QStringLiteral("postgresql-base"), QStringLiteral("sqlite"),
                                   QStringLiteral("files"), QStringLiteral("app-export")};
    if (!kinds.contains(m.kind))
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("BackupMetadata", "sidecar %1 has an unknown kind \"%2\" (it is damaged: restore it from a copy or remove the backup)")
                        .arg(pathForMessages, m.kind));
    if (m.status != QLatin1String("ok") && m.status != QLatin1String("failed"))
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("BackupMetadata", "sidecar %1 has an unknown status \"%2\" (it is damaged: restore it from a copy or remove the backup)")
                        .arg(pathForMessages, m.status));
    const QString verified = m.verification.value(QStringLiteral("status")).toString();
    if (!m.verification.isEmpty() && ((verified != QLatin1String("passed") && verified != QLatin1String("failed"))
                                      || m.verification.value(QStringLiteral("level")).toString().isEmpty()))
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("BackupMetadata", "sidecar %1 has a malformed verification record (it is damaged: restore it from a copy or remove the backup)")
                        .arg(pathForMessages));
    return m;
}

} // namespace lifeboat
