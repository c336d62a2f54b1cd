#pragma once

#include "AppExport.h"
#include "ImportPlanner.h"
#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

struct AppExportParams
{
    Config config;
    QString job;
    QString output;              // the file written (atomically, mode 0600)
    AppExportRequest request;
};

// `export JOB --output FILE`: the job's configuration as an export file.
class AppExportOperation final : public Operation
{
    Q_OBJECT

public:
    explicit AppExportOperation(AppExportParams params, QObject *parent = nullptr);
    const AppExportResult &result() const { return m_result; }
    const AppExportParams &params() const { return m_params; }
    QString output() const { return m_output; }

protected:
    Status execute() override;

private:
    AppExportParams m_params;
    AppExportResult m_result;
    QString m_output;
};

struct AppImportParams
{
    Config config;
    QString job;
    QString input;               // an export file, or the id of an app-export backup
    ImportOptions options;
    bool dryRun = false;
    bool backupBefore = true;    // a safety export of the target first
    QString rekeyFromSecretFile;
    QString rekeyToSecretFile;
};

struct AppImportResult
{
    QString importId;
    QString input;
    QString origin;              // "lifeboat" | "application"
    QString database;
    ImportPlan plan;
    bool planned = false;
    bool applied = false;
    QString safetyBackupId;
    int secrets = 0;
    QJsonObject toJson() const;
};

// `import JOB FILE`: read and check the file, plan against the job's database, take a safety
// export, then apply the plan in one transaction; the result goes to the catalog.
class AppImportOperation final : public Operation
{
    Q_OBJECT

public:
    explicit AppImportOperation(AppImportParams params, QObject *parent = nullptr);
    const AppImportResult &result() const { return m_result; }
    const AppImportParams &params() const { return m_params; }

protected:
    Status execute() override;

private:
    Result<QByteArray> readInput(const JobConfig &job);
    Status run();
    void record(const Status &status);

    AppImportParams m_params;
    AppImportResult m_result;
    QString m_startedAt;
};

} // namespace lifeboat
