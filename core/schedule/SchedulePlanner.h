#pragma once

#include "config/Config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace lifeboat {

// What is due, as a pure function of the config, what ran before and the time (tests feed it
// fixed dates). A job's anchor is the scheduled time of its last recorded run, else the start of
// its newest backup; a job (or a repository scan) that never ran is due at once. All times due since the anchor are
// caught up by one run (`missed = "once"`); with `missed = "skip"` a run more than an hour late
// is recorded as skipped and the job waits for its next time.
struct DueItem
{
    enum class Task { Backup, Scan, Drill };
    Task task = Task::Backup;
    QString name;           // job, repository for a scan, [drills.NAME] for a drill
    QDateTime scheduledFor; // the latest due time (now for a job that never ran)
    int missedRuns = 0;     // earlier due times this one stands in for
    bool skip = false;
    QString trigger = QStringLiteral("schedule"); // schedule | missed | first | corruption
};

struct ScheduleHistory
{
    QMap<QString, QDateTime> lastBackupRun; // job -> scheduledFor of its last recorded run
    QMap<QString, QDateTime> newestBackup;  // job -> startedAt of its newest backup
    QMap<QString, QDateTime> lastScan;      // repository -> scheduledFor of its last scan
    QMap<QString, QDateTime> lastDrill;     // [drills.NAME] -> scheduledFor of its last scheduled drill
};

class SchedulePlanner
{
    Q_DECLARE_TR_FUNCTIONS(SchedulePlanner)

public:
    static constexpr qint64 kOnTimeSeconds = 3600; // how late a `missed = "skip"` run may still start

    static QList<DueItem> due(const Config &config, const ScheduleHistory &history, const QDateTime &now);
    // The earliest scheduled time after `now` of any job or scan (invalid when nothing is scheduled).
    static QDateTime nextWake(const Config &config, const QDateTime &now);
    // The zone schedules are read in: the config's `timezone`, else the system's.
    static QTimeZone zone(const Config &config);
};

} // namespace lifeboat
