#include "ArchiveCheck.h"

#include "WalArchive.h"
#include "WalName.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "config/Config.h"
#include "jobs/JobSupport.h"
#include "postgres/PgAccess.h"
#include "postgres/PgConnection.h"
#include "repository/Repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace lifeboat {

namespace {

QString sqlLiteral(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString ArchiveCheck::archiveCommand(const Config &config, const JobConfig &job)
{
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lifeboat-cli"));
    return QStringLiteral("%1 --config %2 wal-push %3 %p").arg(cli, QFileInfo(config.filePath).absoluteFilePath(), job.name);
}

CheckReport ArchiveCheck::run(const Config &config, const JobConfig &job)
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
    PgConnection &db = **connection;
    auto facts = db.query(QStringLiteral(
        "SELECT current_setting('server_version'), current_setting('server_version_num')::int / 10000, current_user, "
        "(SELECT rolreplication OR rolsuper FROM pg_roles WHERE rolname = current_user), current_setting('wal_level'), "
        "current_setting('archive_mode'), current_setting('archive_command'), (SELECT setting FROM pg_settings WHERE name = 'archive_timeout'), "
        "pg_is_in_recovery()"));
    if (!facts || facts->isEmpty()) {
        report.append(CheckLine::failed(QStringLiteral("connect"), facts ? tr("no answer") : facts.error().message, tr("check the role's access")));
        return report;
    }
    const QStringList f = facts->first();
    const int major = f.value(1).toInt();
    report.append(CheckLine::ok(QStringLiteral("server"), tr("PostgreSQL %1 at %2, connected as %3").arg(f.value(0), db.where(), f.value(2))));
    if (auto tool = PgAccess::tool(QStringLiteral("pg_basebackup"), major); !tool)
        report.append(CheckLine::failed(QStringLiteral("pg_basebackup"), tool.error().message, tr("apt-get install postgresql-client-%1").arg(major)));
    else
        report.append(CheckLine::ok(QStringLiteral("pg_basebackup"), *tool));
    if (f.value(3) != QLatin1String("t"))
        report.append(CheckLine::failed(QStringLiteral("replication"), tr("role %1 may not take base backups").arg(f.value(2)),
                                        tr("ALTER ROLE %1 REPLICATION; and a \"replication\" line for it in pg_hba.conf").arg(f.value(2))));

    // The settings, each with the exact line that fixes it.
    const QString wanted = archiveCommand(config, job);
    bool restart = false;
    bool settingsOk = true;
    if (f.value(4) == QLatin1String("minimal")) {
        settingsOk = false;
        restart = true;
        report.append(CheckLine::failed(QStringLiteral("wal_level"), tr("wal_level is minimal"), QStringLiteral("ALTER SYSTEM SET wal_level = 'replica';")));
    } else {
        report.append(CheckLine::ok(QStringLiteral("wal_level"), tr("wal_level = %1").arg(f.value(4))));
    }
    if (f.value(5) != QLatin1String("on") && f.value(5) != QLatin1String("always")) {
        settingsOk = false;
        restart = true;
        report.append(CheckLine::failed(QStringLiteral("archive_mode"), tr("archive_mode = %1").arg(f.value(5)), QStringLiteral("ALTER SYSTEM SET archive_mode = 'on';")));
    } else {
        report.append(CheckLine::ok(QStringLiteral("archive_mode"), tr("archive_mode = %1").arg(f.value(5))));
    }
    const QString command = f.value(6);
    if (!command.contains(QStringLiteral("wal-push %1 %p").arg(job.name)) && !command.contains(QStringLiteral("wal-push '%1' %p").arg(job.name))) {
        settingsOk = false;
        report.append(CheckLine::failed(QStringLiteral("archive_command"),
                                        command.isEmpty() ? tr("archive_command is not set") : tr("archive_command = %1 does not archive into job %2").arg(sqlLiteral(command), job.name),
                                        QStringLiteral("ALTER SYSTEM SET archive_command = %1;").arg(sqlLiteral(wanted))));
    } else {
        report.append(CheckLine::ok(QStringLiteral("archive_command"), command));
    }
    const int timeout = f.value(7).toInt(); // seconds
    if (timeout == 0)
        report.append(CheckLine::warning(QStringLiteral("archive_timeout"), tr("archive_timeout is off: on a quiet server the newest changes may wait hours for their segment to fill"),
                                         QStringLiteral("ALTER SYSTEM SET archive_timeout = '60s';")));
    else
        report.append(CheckLine::ok(QStringLiteral("archive_timeout"), tr("archive_timeout = %1 s").arg(timeout)));
    if (!settingsOk) {
        report.append(CheckLine::failed(QStringLiteral("apply"), tr("archiving is not set up for job %1").arg(job.name),
                                        restart ? tr("run the ALTER SYSTEM lines above as a superuser, then restart PostgreSQL (wal_level and archive_mode need a restart)")
                                                : tr("run the ALTER SYSTEM line above as a superuser, then SELECT pg_reload_conf();")));
        return report;
    }

    // The archiver's own account: failures, and how far it lags behind the WAL being written.
    auto stats = db.query(QStringLiteral(
        "SELECT archived_count, failed_count, coalesce(last_archived_wal, ''), coalesce(last_failed_wal, ''), "
        "coalesce(last_failed_time > coalesce(last_archived_time, '-infinity'::timestamptz), false), "
        "CASE WHEN pg_is_in_recovery() THEN '' ELSE pg_walfile_name(pg_current_wal_lsn()) END, "
        "coalesce(extract(epoch FROM now() - last_archived_time), 0), current_setting('wal_segment_size') FROM pg_stat_archiver"));
    if (stats && !stats->isEmpty()) {
        const QStringList s = stats->first();
        Catalog::ArchiveHealth health;
        health.job = job.name;
        health.at = Clock::instance().now().toUTC();
        health.archivedCount = s.value(0).toLongLong();
        health.failedCount = s.value(1).toLongLong();
        health.lastArchivedWal = s.value(2);
        health.lastFailedWal = s.value(3);
        const WalName current = WalName::parse(s.value(5));
        const WalName archived = WalName::parse(s.value(2));
        if (current.isValid() && archived.isValid())
            health.lagSegments = qMax<qint64>(0, qint64(current.segmentNumber) - qint64(archived.segmentNumber) - 1);
        health.lagSeconds = health.lagSegments > 0 ? s.value(6).toDouble() : 0;
        const bool failing = s.value(4) == QLatin1String("t"); // the last call failed
        if (failing)
            report.append(CheckLine::failed(QStringLiteral("archiver"), tr("archiving is failing: %1 failed calls, last for %2").arg(health.failedCount).arg(health.lastFailedWal),
                                            tr("read the server log for the wal-push error, or run the archive_command by hand as the server's user")));
        else if (health.lagSegments >= 5)
            report.append(CheckLine::warning(QStringLiteral("archiver"), tr("archiving lags %1 segments (%2 s) behind").arg(health.lagSegments).arg(health.lagSeconds, 0, 'f', 0),
                                             tr("raise the job's parallel, or check the repository's speed")));
        else
            report.append(CheckLine::ok(QStringLiteral("archiver"), tr("%1 segments archived, %2 failed calls, lag %3 segments").arg(health.archivedCount).arg(health.failedCount).arg(health.lagSegments)));
        if (auto catalog = JobSupport::catalog(config))
            (void)(*catalog)->recordArchiveHealth(health); // a catalog problem is not the archive's problem
    }

    // The proof: a fresh segment, switched now, arrives in the repository.
    auto switched = db.scalar(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
    if (!switched) {
        report.append(CheckLine::failed(QStringLiteral("wal-arrives"), switched.error().message,
                                        tr("GRANT EXECUTE ON FUNCTION pg_switch_wal() TO %1, or check as a superuser").arg(f.value(2))));
        return report;
    }
    auto repo = JobSupport::repository(config, job.repository);
    if (!repo) {
        report.append(CheckLine::failed(QStringLiteral("wal-arrives"), repo.error().message, tr("fix [repositories.%1]").arg(job.repository)));
        return report;
    }
    WalArchive archive(**repo, job.name);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto found = archive.find(*switched);
        if (found && *found) {
            report.append(CheckLine::ok(QStringLiteral("wal-arrives"), tr("WAL segment %1 reached the repository %2 s after the switch").arg(*switched).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)));
            break;
        }
        if (timer.elapsed() > kArrivalTimeoutSeconds * 1000) {
            report.append(CheckLine::failed(QStringLiteral("wal-arrives"), tr("WAL segment %1 did not reach the repository within %2 s").arg(*switched).arg(kArrivalTimeoutSeconds),
                                            tr("read the server log for archive_command errors; the server's user must be able to run %1 and write to %2")
                                                .arg(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lifeboat-cli")), (*repo)->location())));
            break;
        }
        QThread::msleep(200);
    }
    return report;
}

} // namespace lifeboat
