#pragma once

#include "check/CheckResult.h"

#include <QCoreApplication>

namespace lifeboat {

struct Config;
struct JobConfig;

// `check JOB` for postgresql-cluster jobs: the server, pg_basebackup, the role's replication
// right, the archiving settings (each one that is wrong comes with the exact ALTER SYSTEM line),
// the archiver's health (failures, lag in segments and seconds, also recorded in the catalog),
// and finally a forced WAL switch whose segment must reach the repository.
class ArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)

public:
    static CheckReport run(const Config &config, const JobConfig &job);
    // The archive_command for `job`: this installation's lifeboat-cli with the same config.
    static QString archiveCommand(const Config &config, const JobConfig &job);
    // How long the check waits for the switched segment to arrive.
    static constexpr int kArrivalTimeoutSeconds = 60;
};

} // namespace lifeboat
