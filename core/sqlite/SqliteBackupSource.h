#pragma once

#include "SqliteSnapshot.h"
#include "jobs/BackupSource.h"

#include <QCoreApplication>

namespace lifeboat {

// kind = "sqlite": an online-backup snapshot in a private temp file, streamed and then removed.
class SqliteBackupSource final : public BackupSource
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackupSource)

public:
    explicit SqliteBackupSource(QString databasePath);
    ~SqliteBackupSource() override;

    QString kind() const override { return QStringLiteral("sqlite"); }
    QString formatExtension() const override { return QStringLiteral(".sqlite"); }
    Status prepare(OperationContext *context) override;
    Status stream(Sink *sink, OperationContext *context) override;
    QJsonObject sourceInfo() const override;
    qint64 sourceBytes() const override;

private:
    void removeSnapshot();

    QString m_databasePath;
    QString m_snapshotPath;
    SqliteFacts m_facts;
};

} // namespace lifeboat
