#pragma once

#include "AppExportWriter.h"

namespace lifeboat {

struct JobConfig;
class OperationContext;

struct AppExportRequest
{
    AppSelection selection;
    QString exportedBy;          // default: the OS user
    QString source;              // default: "lifeboat://HOST/JOB"
    QString rekeyFromSecretFile; // both set: secrets re-encrypted from one to the other
    QString rekeyToSecretFile;
};

struct AppExportResult
{
    QJsonObject document;
    QByteArray bytes;
    QMap<QString, qint64> counts; // every entity in the file, by type
    QString database;
    QString engine;
    int secrets = 0;              // secrets re-encrypted
};

// Reads an app-export job's database and builds its export file (export command, scheduled
// app-export backups, the safety export before an import).
class AppExport
{
    Q_DECLARE_TR_FUNCTIONS(AppExport)

public:
    static Result<AppExportResult> run(const JobConfig &job, const AppExportRequest &request, OperationContext *context);
    // Both rekey files or neither; their secrets read (and kept out of logs).
    static Result<std::pair<QByteArray, QByteArray>> rekeySecrets(const QString &fromFile, const QString &toFile);
    static QString defaultUser();
};

} // namespace lifeboat
