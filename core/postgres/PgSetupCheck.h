#pragma once

#include "check/CheckResult.h"

#include <QCoreApplication>

namespace lifeboat {

struct JobConfig;

// The PostgreSQL part of `check JOB`: the server answers with the job's credentials, the
// client tools of its major version are installed, and the role may read every table and
// create the databases restores go into.
class PgSetupCheck
{
    Q_DECLARE_TR_FUNCTIONS(PgSetupCheck)

public:
    static CheckReport run(const JobConfig &job);
};

} // namespace lifeboat
