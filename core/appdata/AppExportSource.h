#pragma once

#include "AppExport.h"
#include "config/Config.h"
#include "jobs/BackupSource.h"

namespace lifeboat {

// kind = "app-export": the whole application configuration (every type, inactive entities too,
// secrets as stored) as one export file, stored like any artifact
// ({job}-export-{YYYYMMDD}-{HHMMSS}.json[.zst][.gpg]). Configuration is small: it is built in
// memory, then streamed through the pipeline.
class AppExportSource final : public BackupSource
{
    Q_DECLARE_TR_FUNCTIONS(AppExportSource)

public:
    explicit AppExportSource(JobConfig job) : m_job(std::move(job)) {}

    QString kind() const override { return QStringLiteral("app-export"); }
    QString formatExtension() const override { return QStringLiteral(".json"); }
    Status prepare(OperationContext *context) override;
    Status stream(Sink *sink, OperationContext *context) override;
    QJsonObject sourceInfo() const override;
    qint64 sourceBytes() const override { return m_result.bytes.size(); }

    // The checks of verify --level format on a decoded export: JSON, the profile's schema, and
    // entity counts equal to the backup's record.
    static Status checkFormat(const QString &profile, const QByteArray &decoded, const QMap<QString, qint64> &expected,
                              QStringList *differences);

    // verify --level restore: the import of `decoded` into the job's database is planned (and
    // must succeed); nothing is written.
    static Status checkImportable(const JobConfig &job, const QByteArray &decoded);

private:
    JobConfig m_job;
    AppExportResult m_result;
};

} // namespace lifeboat
