#pragma once

#include "RecoveryWindow.h"
#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

struct PitrParams
{
    enum class Target { Time, Xid, Lsn, Name, Immediate, Latest };
    Config config;
    QString job;
    QString pgdata;
    Target target = Target::Latest;
    QString value;     // the --time / --xid / --lsn / --name argument as given
    bool exclusive = false;
    QString action = QStringLiteral("promote"); // promote | pause | shutdown
    bool start = false;
    int port = 0;
    bool keepArchiving = false;
    bool dryRun = false;
    qint64 beforeEvent = 0; // a WAL event index id: recover to just before that transaction (xid, exclusive)
    QString cliPath; // lifeboat-cli, for restore_command (default: $LIFEBOAT_RESTORE_CLI, else beside this executable)
};

struct PitrResult
{
    QString backupId;
    QString pgdata;
    QString targetSetting; // e.g. recovery_target_time = '...'
    QDateTime windowEarliest;
    QDateTime windowLatest;
    double layDownSeconds = 0;
    bool started = false;
    QString state;          // promoted | paused | shut down
    QDateTime reachedTime;  // last replayed commit
    QString reachedLsn;
    QString stopLine;       // the server's own "recovery stopping ..." line
    QString eventSummary;   // with beforeEvent: what the event was
    double recoverySeconds = 0;
};

// `pitr`: recovers a postgresql-cluster job into an empty data folder at a chosen point.
// Everything that can refuse is checked before anything is written: the folder is empty, the
// target lies inside the recovery window (named in the error otherwise), a base backup that
// ended before it exists. Then the newest such backup is laid down, recovery.signal and the
// recovery settings written (restore_command calls lifeboat-cli wal-fetch with the same config;
// archive_mode is switched off so a recovered copy never archives into the production
// repository), and with start the server is started and watched until it reaches the target.
class PitrOperation final : public Operation
{
    Q_OBJECT

public:
    explicit PitrOperation(PitrParams params, QObject *parent = nullptr);
    const PitrResult &result() const { return m_result; }

protected:
    Status execute() override;

private:
    Status recover();
    Result<RecoveryWindow::Span> chooseSpan(const RecoveryWindow &window, quint32 timeline);
    Status layDown(const struct JobConfig &job, class Repository &repository, const BackupMetadata &backup);
    Status writeRecoverySettings(const struct JobConfig &job);
    Status startAndWatch(const BackupMetadata &backup);
    QString describeWindow(const RecoveryWindow &window) const;
    QString restoreCli() const;

    PitrParams m_params;
    PitrResult m_result;
    QDateTime m_targetTime;
    quint64 m_targetLsn = 0;     // for LSN, xid and name targets once found
    quint64 m_expectedEndLsn = 0; // progress: where replay is expected to stop
    uid_t m_owner = 0;
    gid_t m_group = 0;
};

} // namespace lifeboat
