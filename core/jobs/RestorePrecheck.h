#pragma once

#include "RestoreOperation.h"
#include "common/Operation.h"
#include "wal/PitrOperation.h"

#include <QList>

namespace lifeboat {

struct RestorePrecheckParams
{
    bool pitr = false;
    RestoreParams restore; // !pitr
    PitrParams recovery;   // pitr
};

struct RestoreCheck
{
    enum class State { Passed, Warning, Failed, Info };
    QString name;   // "Checksum", "Free space", ...
    State state = State::Passed;
    QString detail; // one line: what was found; for a failure, also the fix
};

struct RestorePrecheckResult
{
    QList<RestoreCheck> checks;
    QStringList plan;     // what the restore will do, from its own dry run
    QString backupId;     // the backup that will be used (for PITR: chosen by the target)
    QString target;       // where it goes (database, file or data folder)
    bool passed() const;
};

// What a restore wizard shows before it lets anything run: the backup's checksum, the keys to
// decode it, the tools and server versions, free space where it lands, and the restore's own
// dry run (which connects to the server and refuses what the real run would refuse, e.g. a
// target outside the recovery window). Every check runs even when an earlier one failed, so
// the user sees all that is wrong at once. Nothing is written.
class RestorePrecheckOperation final : public Operation
{
    Q_OBJECT

public:
    explicit RestorePrecheckOperation(RestorePrecheckParams params, QObject *parent = nullptr);
    const RestorePrecheckResult &result() const { return m_result; }

protected:
    Status execute() override;

private:
    const Config &config() const { return m_params.pitr ? m_params.recovery.config : m_params.restore.config; }
    void add(const QString &name, RestoreCheck::State state, const QString &detail);
    void checkBackup(const BackupMetadata &meta, const QString &repositoryName, const JobConfig &job);
    void checkLogical(const BackupMetadata &meta, const JobConfig &job);
    void checkPitr(const BackupMetadata &meta, const JobConfig &job);
    void checkSpace(const QString &path, qint64 needed, const QString &what);

    RestorePrecheckParams m_params;
    RestorePrecheckResult m_result;
};

} // namespace lifeboat
