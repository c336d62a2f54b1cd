#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace lifeboat {

// The sidecar of CLI.md ("ARTIFACT.meta.json"): the repository's own record of a backup,
// from which the catalog can always be rebuilt.
struct BackupMetadata
{
    QString format = QStringLiteral("lifeboat-backup/1");
    QString id;
    QString job;
    QString kind;
    QString artifact;
    QDateTime startedAt;
    QDateTime finishedAt;
    double durationSeconds = 0;
    qint64 sizeBytes = 0;
    qint64 sourceBytes = 0;
    QString sha256;
    QString contentSha256;
    QString compression;
    QString encryption = QStringLiteral("none");
    QStringList recipients; // fingerprints of public-key recipients (no secrets)
    QString status = QStringLiteral("ok");
    QString error;
    QString label;
    bool keepForever = false;
    QJsonObject source;
    QJsonObject pitr;
    QJsonObject verification;
    // Further artifacts of the same backup, by name: {"globals": {"artifact", "size_bytes",
    // "sha256", "content_sha256"}} (PostgreSQL roles and tablespaces).
    QJsonObject parts;
    QString lifeboatVersion = QStringLiteral(LIFEBOAT_VERSION);

    // Tables whose count in `actual` differs from source.tables, as "name: N rows, expected M";
    // `only`, when not empty, limits the comparison to those tables.
    QStringList tableDifferences(const QMap<QString, qint64> &actual, const QStringList &only = {}) const;

    // This backup as seen through one of its parts: artifact, size and hashes are the part's.
    BackupMetadata part(const QString &name) const;
    QStringList partArtifacts() const;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static Result<BackupMetadata> fromJson(const QByteArray &bytes, const QString &pathForMessages);
};

} // namespace lifeboat
