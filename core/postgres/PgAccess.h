#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <memory>

namespace lifeboat {

struct JobConfig;

// How to reach a job's server: the conninfo without any password, the password (from
// password_file, a password= in the conninfo, or PGPASSWORD), and the environment for child
// tools, which get the password only through a private 0600 PGPASSFILE.
class PgAccess
{
    Q_DECLARE_TR_FUNCTIONS(PgAccess)

public:
    static Result<PgAccess> forJob(const JobConfig &job);

    QString conninfo;
    QByteArray password;

    // Environment for pg_dump/pg_restore/psql; keeps the PGPASSFILE alive as long as `holder`.
    Result<QProcessEnvironment> childEnvironment(std::unique_ptr<QTemporaryDir> &holder) const;
    // /usr/lib/postgresql/MAJOR/bin/NAME, or an error naming the Debian package to install.
    static Result<QString> tool(const QString &name, int serverMajor);
};

} // namespace lifeboat
