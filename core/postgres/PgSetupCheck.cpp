#include "PgSetupCheck.h"

#include "PgAccess.h"
#include "PgConnection.h"
#include "PgServerFacts.h"
#include "config/Config.h"

#include <QFileInfo>
#include <QProcess>

namespace lifeboat {

namespace {

// "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" -> 15
int toolMajor(const QString &path, QString *versionLine)
{
    QProcess p;
    p.start(path, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return 0;
    *versionLine = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    const QString version = versionLine->section(QLatin1Char(' '), 2, 2);
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

} // namespace

CheckReport PgSetupCheck::run(const JobConfig &job)
{
    CheckReport report;
    auto access = PgAccess::forJob(job);
    if (!access) {
        report.append(CheckLine::failed(QStringLiteral("password"), access.error().message, tr("fix password_file in the job, or set PGPASSWORD")));
        return report;
    }
    auto connection = PgConnection::open(access->conninfo, access->password);
    if (!connection) {
        report.append(CheckLine::failed(QStringLiteral("connect"), connection.error().message,
                                        tr("check conninfo, that the server runs and pg_hba.conf admits this host and role")));
        return report;
    }
    auto facts = PgServerFacts::read(**connection);
    if (!facts) {
        report.append(CheckLine::failed(QStringLiteral("connect"), facts.error().message, tr("check the role's access to database facts")));
        return report;
    }
    auto role = (*connection)->scalar(QStringLiteral("SELECT current_user"));
    report.append(CheckLine::ok(QStringLiteral("connect"), tr("connected to database %1 as %2").arg(facts->database, role ? *role : QString())));
    report.append(CheckLine::ok(QStringLiteral("server"), tr("PostgreSQL %1, %2, encoding %3")
                                                              .arg(facts->serverVersion, QLocale::c().formattedDataSize(facts->sizeBytes), facts->encoding)));

    for (const char *name : {"pg_dump", "pg_restore", "psql"}) {
        const QString tool = QLatin1String(name);
        auto path = PgAccess::tool(tool, facts->major);
        if (!path) {
            report.append(CheckLine::failed(tool, path.error().message, tr("apt-get install postgresql-client-%1").arg(facts->major)));
            continue;
        }
        QString line;
        const int major = toolMajor(*path, &line);
        if (major < facts->major)
            report.append(CheckLine::failed(tool, tr("%1 reports \"%2\", older than the server's %3").arg(*path, line).arg(facts->major),
                                            tr("apt-get install postgresql-client-%1").arg(facts->major)));
        else
            report.append(CheckLine::ok(tool, line));
    }

    // Tables, sequences and large objects the role cannot read would make pg_dump fail at night.
    auto unreadable = (*connection)->query(QStringLiteral(
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
        "AND NOT has_table_privilege(c.oid, 'SELECT') ORDER BY 1 LIMIT 6"));
    if (!unreadable) {
        report.append(CheckLine::failed(QStringLiteral("privileges"), unreadable.error().message, tr("check the role's access to pg_class")));
    } else if (!unreadable->isEmpty()) {
        QStringList names;
        for (const QStringList &row : *unreadable)
            names.append(row.value(0));
        report.append(CheckLine::failed(QStringLiteral("privileges"),
                                        tr("role %1 cannot read %2").arg(role ? *role : QString(), names.join(QStringLiteral(", "))),
                                        tr("GRANT pg_read_all_data TO %1 (or SELECT on those objects)").arg(role ? *role : QStringLiteral("ROLE"))));
    } else {
        report.append(CheckLine::ok(QStringLiteral("privileges"), tr("every table and sequence is readable")));
    }
    auto createdb = (*connection)->scalar(QStringLiteral("SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user"));
    if (createdb && *createdb == QLatin1String("t"))
        report.append(CheckLine::ok(QStringLiteral("restore"), tr("the role may create the databases restores and test restores go into")));
    else
        report.append(CheckLine::warning(QStringLiteral("restore"), tr("the role may not create databases: restores and verify --level restore will fail"),
                                         tr("ALTER ROLE %1 CREATEDB, or restore with a role that has it").arg(role ? *role : QStringLiteral("ROLE"))));
    if (job.format == QLatin1String("directory") && job.parallel > 1) {
        auto freeSlots = (*connection)->scalar(QStringLiteral("SELECT current_setting('max_connections')::int - (SELECT count(*) FROM pg_stat_activity)"));
        if (freeSlots && freeSlots->toInt() <= job.parallel)
            report.append(CheckLine::warning(QStringLiteral("connections"),
                                             tr("only %1 free connections for parallel = %2 pg_dump workers").arg(*freeSlots).arg(job.parallel),
                                             tr("lower parallel or raise max_connections")));
    }
    return report;
}

} // namespace lifeboat
