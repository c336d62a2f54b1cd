#pragma once

#include "catalog/Catalog.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <functional>

namespace lifeboat {

// One job at a glance, for the dashboard (and later metrics): how old its newest good backup is
// against its recovery-point objective, when it runs next, how it was last verified and whether
// its repository has room. Pure over catalog rows and a time, so tests give fixed dates.
//
// The objective is 1.5 x the schedule's interval (a daily job: 36 h), leaving room for one slow
// or retried run; a job without a schedule has none and is flagged.
struct JobHealth
{
    Q_DECLARE_TR_FUNCTIONS(JobHealth)

public:
    enum class Level { Good, Warning, Bad };

    QString job;
    QString kind;
    QString repository;
    Level level = Level::Good;
    QStringList reasons; // why it is not good, one sentence each
    QDateTime lastSuccess;
    qint64 ageSeconds = -1;
    qint64 objectiveSeconds = 0; // 0: no schedule, no objective
    QDateTime nextRun;
    QString verificationStatus; // passed | failed | "" (never)
    QString verificationLevel;
    QDateTime verifiedAt;
    QString lastRunStatus; // of the newest backup or scheduled run: ok | failed | corrupt | busy | skipped
    int backups = 0;
    int verificationFailures = 0; // catalogued backups whose latest verification failed
    int notOffsite = 0;           // backups a copy_to repository does not hold yet
    qint64 storedBytes = 0;
    qint64 newestBytes = 0;
    qint64 repositoryFreeBytes = -1; // -1: unknown
    int keptAtSteadyState = 0;       // what the retention policy keeps once history is long enough
    qint64 forecastBytes = 0;        // mean recent size x keptAtSteadyState

    using FreeSpace = std::function<qint64(const RepositoryConfig &)>;
    static QList<JobHealth> compute(const Config &config, const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs,
                                    const QDateTime &now, const FreeSpace &freeSpace);
    // Free space of a local repository's file system (-1 for others or when unknown).
    static qint64 localFreeSpace(const RepositoryConfig &repository);
    // The size of the file system a local repository lives on (-1 for other kinds).
    static qint64 localCapacity(const RepositoryConfig &repository);
    // "3 h 20 min", "2 d 4 h": an age or a duration for people.
    static QString humanDuration(qint64 seconds);
};

} // namespace lifeboat
