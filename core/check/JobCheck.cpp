#include "JobCheck.h"

#include "appdata/AppDataSet.h"
#include "files/FilesBackupSource.h"

#include "jobs/JobSupport.h"
#include "postgres/PgSetupCheck.h"
#include "repository/Repository.h"
#include "sqlite/SqliteConnection.h"
#include "wal/ArchiveCheck.h"

#include <QFileInfo>
#include <QLocale>

namespace lifeboat {

namespace {

CheckLine checkSqliteSource(const JobConfig &job)
{
    const QFileInfo file(job.path);
    if (!file.exists())
        return CheckLine::failed(QStringLiteral("source"), JobCheck::tr("%1 does not exist").arg(job.path), JobCheck::tr("fix path in the job"));
    if (!file.isReadable())
        return CheckLine::failed(QStringLiteral("source"), JobCheck::tr("%1 is not readable").arg(job.path),
                                 JobCheck::tr("run Lifeboat as a user that may read it"));
    // Read-only and cheap: the live database is not integrity-checked here (backups do that).
    auto db = SqliteConnection::open(job.path, SqliteConnection::Mode::ReadOnly);
    Result<qint64> tables = db ? db->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) : Result<qint64>(fail(db.error()));
    Result<QString> journal = db ? db->scalarText(QStringLiteral("PRAGMA journal_mode")) : Result<QString>(fail(db.error()));
    if (!tables || !journal)
        return CheckLine::failed(QStringLiteral("source"), (tables ? journal.error() : tables.error()).message,
                                 JobCheck::tr("point path at an SQLite database"));
    return CheckLine::ok(QStringLiteral("source"), JobCheck::tr("SQLite database %1, %2, %3 tables, journal mode %4")
                                                       .arg(job.path, QLocale::c().formattedDataSize(file.size()))
                                                       .arg(*tables)
                                                       .arg(*journal));
}

// A folder: there, readable throughout (the walk a backup does, without reading file contents),
// and whether it holds a repository (left out of the backup).
CheckLine checkFilesSource(const JobConfig &job)
{
    const QFileInfo folder(job.path);
    if (!folder.isDir())
        return CheckLine::failed(QStringLiteral("source"), JobCheck::tr("folder %1 does not exist").arg(job.path),
                                 JobCheck::tr("fix path in the job (for a Docker volume: docker volume inspect NAME, its Mountpoint)"));
    qint64 files = 0, bytes = 0;
    FileTreeWalker walker = FilesBackupSource::walker(folder.absoluteFilePath(), job.include, job.exclude);
    Status walked = walker.walk(
        [&](const FileNode &node) {
            if (S_ISREG(node.st.st_mode)) {
                ++files;
                bytes += node.st.st_size;
            }
            return Status{};
        },
        nullptr);
    if (!walked)
        return CheckLine::failed(QStringLiteral("source"), walked.error().message, JobCheck::tr("run Lifeboat as a user that may read the whole folder"));
    const QString text = JobCheck::tr("folder %1: %2 files, %3 to back up").arg(job.path).arg(files).arg(QLocale::c().formattedDataSize(bytes));
    if (!walker.skipped().isEmpty())
        return CheckLine::warning(QStringLiteral("source"), JobCheck::tr("%1; left out as Lifeboat repositories: %2").arg(text, walker.skipped().join(QStringLiteral(", "))),
                                  JobCheck::tr("keep repositories outside the folders they back up"));
    return CheckLine::ok(QStringLiteral("source"), text);
}

// An application's database through its profile: reachable, the profile's tables and keys there.
CheckLine checkAppSource(const JobConfig &job)
{
    auto profile = AppProfile::load(job.profile);
    if (!profile)
        return CheckLine::failed(QStringLiteral("profile"), profile.error().message, JobCheck::tr("set profile = \"mcpgateway\" (or a profile file's path)"));
    auto db = AppDatabase::forJob(job);
    if (!db)
        return CheckLine::failed(QStringLiteral("source"), db.error().message, JobCheck::tr("fix the job's path or conninfo"));
    auto data = AppDataSet::load(**db, *profile);
    if (!data)
        return CheckLine::failed(QStringLiteral("source"), data.error().message, JobCheck::tr("point the job at the application's database"));
    QStringList counts;
    for (const QString &type : profile->importOrder)
        counts.append(QStringLiteral("%1 %2").arg(data->rows.value(type).size()).arg(type));
    return CheckLine::ok(QStringLiteral("source"), JobCheck::tr("%1 (%2): %3").arg((*db)->describe(), profile->name, counts.join(QStringLiteral(", "))));
}

} // namespace

CheckReport JobCheck::run(const Config &config, const QString &name)
{
    CheckReport report;
    auto job = JobSupport::job(config, name);
    if (!job) {
        report.append(CheckLine::failed(QStringLiteral("job"), job.error().message, tr("add [jobs.%1] to the config").arg(name)));
        return report;
    }
    if (job->kind == QLatin1String("postgresql"))
        report += PgSetupCheck::run(*job);
    else if (job->kind == QLatin1String("postgresql-cluster"))
        report += ArchiveCheck::run(config, *job);
    else if (job->kind == QLatin1String("sqlite"))
        report.append(checkSqliteSource(*job));
    else if (job->kind == QLatin1String("app-export"))
        report.append(checkAppSource(*job));
    else if (job->kind == QLatin1String("files"))
        report.append(checkFilesSource(*job));
    else
        report.append(CheckLine::failed(QStringLiteral("kind"), tr("jobs of kind \"%1\" are not available in this build").arg(job->kind),
                                        tr("use kind = \"postgresql\", \"postgresql-cluster\", \"sqlite\", \"files\" or \"app-export\"")));

    auto encode = JobSupport::encodeSettings(*job);
    if (!encode)
        report.append(CheckLine::failed(QStringLiteral("encryption"), encode.error().message, tr("fix the job's recipients or passphrase_file")));
    else if (!encode->encrypt)
        report.append(CheckLine::warning(QStringLiteral("encryption"), tr("backups are stored unencrypted"),
                                         tr("set encryption = \"openpgp\" with recipients (public keys)")));
    else
        report.append(CheckLine::ok(QStringLiteral("encryption"), tr("OpenPGP (%1)").arg(job->compression.toString())));

    auto repository = JobSupport::repository(config, job->repository);
    if (!repository) {
        report.append(CheckLine::failed(QStringLiteral("repository"), repository.error().message, tr("fix [repositories.%1]").arg(job->repository)));
        return report;
    }
    auto free = (*repository)->probeWritable(job->name);
    if (!free)
        report.append(CheckLine::failed(QStringLiteral("repository"), free.error().message,
                                        tr("make %1 writable for this user, or choose another repository").arg((*repository)->location())));
    else
        report.append(CheckLine::ok(QStringLiteral("repository"), tr("%1 is writable, %2 free")
                                                                      .arg((*repository)->location(),
                                                                           *free < 0 ? tr("unknown space") : QLocale::c().formattedDataSize(*free))));
    return report;
}

bool JobCheck::passed(const CheckReport &report)
{
    for (const CheckLine &line : report)
        if (line.state == CheckLine::State::Failed)
            return false;
    return true;
}

} // namespace lifeboat
