#pragma once

#include "SchedulePlanner.h"
#include "catalog/Catalog.h"
#include "common/Operation.h"

#include <functional>
#include <memory>

namespace lifeboat {

struct ScheduledRun
{
    Catalog::Run run;
    int missedRuns = 0;
};

struct RunScheduleParams
{
    Config config;
    bool daemon = false;
    QString metricsListen; // daemon only: serve GET /metrics on ADDR:PORT
    std::function<void(const ScheduledRun &)> onRunFinished; // called on the operation's thread
};

// `--run-schedule`: one pass over what is due (SchedulePlanner) — repository scans first, then
// each due job, one at a time: backup (which verifies at the job's level), copy_to, retention.
// A failed step stops that job's later steps, so nothing is deleted after a failure. Every run
// is recorded in the catalog. With daemon it sleeps until the next scheduled time and goes on;
// requestReload() re-reads the config before the next pass, requestStop() returns once the
// running job has finished. Both only set flags, so a signal handler may call them.
class RunScheduleOperation final : public Operation
{
    Q_OBJECT

public:
    explicit RunScheduleOperation(RunScheduleParams params, QObject *parent = nullptr);
    ~RunScheduleOperation() override;
    const QList<ScheduledRun> &runs() const { return m_runs; }
    QDateTime nextWake() const { return m_nextWake; }

    void requestStop() { m_stop.store(true); }
    void requestReload() { m_reload.store(true); }

protected:
    Status execute() override;

private:
    QMap<QString, QDateTime> m_plannedNewestBackup; // job -> its newest backup when this pass planned
    void indexWal();
    void notify(const ScheduledRun &run);
    void notifyLowSpace();
    ScheduledRun runDrill(const DueItem &item);
    Status pass(Catalog &catalog);
    Result<ScheduleHistory> history(Catalog &catalog) const;
    ScheduledRun runBackup(const DueItem &item);
    ScheduledRun runScan(const DueItem &item, QStringList *damagedJobs, Catalog &catalog);
    Status finish(Catalog &catalog, ScheduledRun run);
    void reloadConfig();

    RunScheduleParams m_params;
    QList<ScheduledRun> m_runs;
    QDateTime m_nextWake;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_reload{false};
    std::unique_ptr<class MetricsHttpServer> m_metrics;
};

} // namespace lifeboat
