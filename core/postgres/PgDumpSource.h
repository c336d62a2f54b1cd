#pragma once

#include "PgAccess.h"
#include "PgServerFacts.h"
#include "config/Config.h"
#include "jobs/BackupSource.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace lifeboat {

class DumpRowCounter;

// kind = "postgresql": pg_dump (custom, directory or plain format, uncompressed: Lifeboat compresses)
// streamed straight into the pipeline, never landing on disk uncompressed. A libpq session
// exports a snapshot that pg_dump uses (--snapshot); every table's rows are counted in the
// dump's own data as it passes (DumpRowCounter), or with count(*) in that snapshot where the
// data cannot be followed, so the sidecar's counts describe exactly the dumped data.
class PgDumpSource final : public BackupSource
{
    Q_DECLARE_TR_FUNCTIONS(PgDumpSource)

public:
    // overrideDatabase: dump this database on the job's server instead (restore's safety copy).
    PgDumpSource(JobConfig job, QString overrideDatabase);
    ~PgDumpSource() override;

    QString kind() const override { return QStringLiteral("postgresql-logical"); }
    QString formatExtension() const override;
    Status prepare(OperationContext *context) override;
    Status stream(Sink *sink, OperationContext *context) override;
    QJsonObject sourceInfo() const override;
    // globals = true: roles and tablespaces (pg_dumpall --globals-only) as part "globals".
    QStringList parts() const override;
    QString partExtension(const QString &part) const override;
    Status streamPart(const QString &part, Sink *sink, OperationContext *context) override;
    qint64 sourceBytes() const override { return m_facts.sizeBytes; }

private:
    QStringList commonArguments() const;
    // `rows` (custom format): follows the stream's data blocks, counting rows per table.
    Status dumpStream(Sink *sink, const QProcessEnvironment &env, DumpRowCounter *rows, OperationContext *context);
    // directory format: pg_dump --jobs writes table files that are packed as tar as each closes.
    Status dumpDirectory(Sink *sink, const QProcessEnvironment &env, DumpRowCounter *rows, OperationContext *context);

    JobConfig m_job;
    PgAccess m_access;
    std::unique_ptr<PgConnection> m_connection;
    QString m_snapshot;
    QString m_pgDump;
    QString m_pgRestore;
    int m_tocItems = 0;
    QString m_pgDumpAll;
    bool m_superuser = false;
    PgServerFacts m_facts;
};

} // namespace lifeboat
