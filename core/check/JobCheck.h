#pragma once

#include "CheckResult.h"

#include <QCoreApplication>

namespace lifeboat {

struct Config;

// `check JOB`: everything a scheduled run of the job needs, each as a line that is OK or says
// how to fix it: the job's source (PostgreSQL server and tools, or the SQLite file), its
// encryption keys and its repository (writable, free space).
class JobCheck
{
    Q_DECLARE_TR_FUNCTIONS(JobCheck)

public:
    static CheckReport run(const Config &config, const QString &job);
    static bool passed(const CheckReport &report);
};

} // namespace lifeboat
