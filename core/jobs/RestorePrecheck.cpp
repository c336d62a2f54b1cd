#include "RestorePrecheck.h"

#include "JobSupport.h"
#include "catalog/Catalog.h"
#include "postgres/PgAccess.h"
#include "postgres/PgConnection.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTcpServer>

namespace lifeboat {

namespace {
using S = RestoreCheck::State;

int majorOf(const BackupMetadata &meta)
{
    return meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
} // namespace

bool RestorePrecheckResult::passed() const
{
    for (const RestoreCheck &c : checks)
        if (c.state == RestoreCheck::State::Failed)
            return false;
    return !checks.isEmpty();
}

RestorePrecheckOperation::RestorePrecheckOperation(RestorePrecheckParams params, QObject *parent)
    : Operation(parent)
    , m_params(std::move(params))
{
}

void RestorePrecheckOperation::add(const QString &name, S state, const QString &detail)
{
    m_result.checks.append({name, state, detail});
    reportLog(QStringLiteral("%1: %2").arg(name, detail));
}

Status RestorePrecheckOperation::execute()
{
    auto catalog = JobSupport::catalog(config());
    if (!catalog)
        return fail(catalog.error());

    // The restore's own dry run first: it names the backup a PITR target needs, and it refuses
    // exactly what the real run would.
    reportStep(tr("Planning the restore"));
    QString backupId;
    if (m_params.pitr) {
        PitrParams dry = m_params.recovery;
        dry.dryRun = true;
        PitrOperation plan(dry);
        const Status status = plan.run();
        m_result.target = dry.pgdata;
        if (status) {
            backupId = plan.result().backupId;
            add(tr("Recovery plan"), S::Passed,
                tr("base backup %1, then WAL up to %2").arg(backupId, plan.result().targetSetting.isEmpty() ? tr("the latest archived point") : plan.result().targetSetting));
            m_result.plan.append(tr("lay down base backup %1 into %2").arg(backupId, dry.pgdata));
            m_result.plan.append(tr("replay archived WAL: %1").arg(plan.result().targetSetting.isEmpty() ? tr("to the latest archived point") : plan.result().targetSetting));
            if (m_params.recovery.start)
                m_result.plan.append(tr("start the recovered server on port %1 and follow the replay").arg(m_params.recovery.port));
        } else {
            add(tr("Recovery plan"), S::Failed, status.error().message);
        }
    } else {
        RestoreParams dry = m_params.restore;
        dry.dryRun = true;
        RestoreOperation plan(dry);
        const Status status = plan.run();
        backupId = dry.id;
        m_result.target = plan.result().target;
        if (status) {
            m_result.plan = plan.result().plan;
            add(tr("Target and connection"), S::Passed, m_result.target.isEmpty() ? tr("reachable") : tr("%1 can be restored into").arg(m_result.target));
        } else {
            add(tr("Target and connection"), S::Failed, status.error().message);
        }
    }
    m_result.backupId = backupId;
    if (backupId.isEmpty())
        return {};

    auto entry = (*catalog)->findBackup(backupId);
    if (!entry) {
        add(tr("Backup"), S::Failed, entry.error().message);
        return {};
    }
    auto job = JobSupport::job(config(), entry->meta.job);
    if (!job) {
        add(tr("Job"), S::Failed, job.error().message);
        return {};
    }
    checkBackup(entry->meta, entry->repository, *job);
    if (isCancelled())
        return fail(ErrorCode::Cancelled, tr("checks cancelled"));
    if (m_params.pitr)
        checkPitr(entry->meta, *job);
    else
        checkLogical(entry->meta, *job);
    return {};
}

void RestorePrecheckOperation::checkBackup(const BackupMetadata &meta, const QString &repositoryName, const JobConfig &job)
{
    auto keys = JobSupport::decodeSettings(job, meta.encryption);
    if (keys)
        add(tr("Decryption key"), S::Passed, meta.encryption == QLatin1String("none") ? tr("not encrypted") : tr("available for %1").arg(meta.encryption));
    else
        add(tr("Decryption key"), S::Failed, keys.error().message);

    auto repository = JobSupport::repository(config(), repositoryName);
    if (!repository) {
        add(tr("Checksum"), S::Failed, repository.error().message);
        return;
    }
    reportStep(tr("Checking the checksum of %1").arg(meta.artifact));
    const Status sum = ArtifactVerifier::checksum(**repository, meta, this);
    if (sum)
        add(tr("Checksum"), S::Passed, tr("%1 (%2) matches its SHA-256").arg(meta.id, size(meta.sizeBytes)));
    else
        add(tr("Checksum"), S::Failed, sum.error().message);
}

void RestorePrecheckOperation::checkSpace(const QString &path, qint64 needed, const QString &what)
{
    // The folder may not exist yet: measure the nearest one that does.
    QFileInfo at(path);
    while (!at.exists() && at.absolutePath() != at.absoluteFilePath())
        at = QFileInfo(at.absolutePath());
    const QStorageInfo storage(at.absoluteFilePath());
    if (!storage.isValid()) {
        add(tr("Free space"), S::Warning, tr("could not measure the free space at %1").arg(path));
        return;
    }
    const qint64 free = storage.bytesAvailable();
    const qint64 wanted = needed + needed / 10; // room for the partial copy's own overhead
    if (needed <= 0)
        add(tr("Free space"), S::Info, tr("%1 free at %2 (the backup does not record the size of %3)").arg(size(free), storage.rootPath(), what));
    else if (free < wanted)
        add(tr("Free space"), S::Failed,
            tr("%1 needs about %2 but only %3 is free at %4 (free space there or choose another place)").arg(what, size(wanted), size(free), storage.rootPath()));
    else
        add(tr("Free space"), S::Passed, tr("%1 free at %2; %3 needs about %4").arg(size(free), storage.rootPath(), what, size(wanted)));
}

void RestorePrecheckOperation::checkLogical(const BackupMetadata &meta, const JobConfig &job)
{
    if (meta.kind == QLatin1String("sqlite")) {
        add(tr("Versions"), S::Passed, tr("SQLite %1 wrote it; any SQLite 3 reads it").arg(meta.source.value(QStringLiteral("server_version")).toString()));
        checkSpace(m_result.target.isEmpty() ? job.path : m_result.target, meta.sourceBytes, tr("the restored file"));
        return;
    }
    if (meta.kind == QLatin1String("files")) {
        add(tr("Versions"), S::Passed, tr("a pax tar archive; Lifeboat, GNU tar and bsdtar read it"));
        checkSpace(m_result.target.isEmpty() ? job.path : m_result.target, meta.sourceBytes, tr("the restored folder"));
        return;
    }
    const int major = majorOf(meta);
    auto tool = PgAccess::tool(QStringLiteral("pg_restore"), major);
    auto access = PgAccess::forJob(job);
    QString serverText;
    int serverMajor = 0;
    if (access) {
        const QString target = m_params.restore.target;
        const QString conninfo = target.contains(QLatin1Char('=')) ? target : access->conninfo;
        auto connection = PgConnection::open(conninfo, access->password);
        if (connection) {
            auto version = (*connection)->scalar(QStringLiteral("SELECT current_setting('server_version_num')::int / 10000"));
            serverMajor = version ? version->toInt() : 0;
            serverText = version ? *version : QString();
        }
    }
    if (!tool)
        add(tr("Versions"), S::Failed, tool.error().message);
    else if (serverMajor > 0 && serverMajor < major)
        add(tr("Versions"), S::Failed,
            tr("the backup comes from PostgreSQL %1 but the target server runs %2 (restore into a server of release %1 or newer)").arg(major).arg(serverMajor));
    else if (serverMajor > 0)
        add(tr("Versions"), S::Passed, tr("backup from PostgreSQL %1, target server %2, %3").arg(major).arg(serverText, QFileInfo(*tool).filePath()));
    else
        add(tr("Versions"), S::Warning, tr("backup from PostgreSQL %1; the target server's release could not be read").arg(major));
    // A remote server's disk cannot be measured from here; say so instead of guessing.
    add(tr("Free space"), S::Info, tr("measured on the server only; the database held %1 when it was backed up").arg(size(meta.sourceBytes)));
}

void RestorePrecheckOperation::checkPitr(const BackupMetadata &meta, const JobConfig &)
{
    const int major = majorOf(meta);
    auto postgres = PgAccess::tool(QStringLiteral("postgres"), major);
    if (postgres)
        add(tr("Versions"), S::Passed, tr("base backup of PostgreSQL %1; %2 is here").arg(major).arg(*postgres));
    else
        add(tr("Versions"), S::Failed, postgres.error().message);
    checkSpace(m_params.recovery.pgdata, meta.sourceBytes, tr("the recovered cluster"));
    if (m_params.recovery.start) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(m_params.recovery.port)))
            add(tr("Port"), S::Passed, tr("port %1 is free for the recovered server").arg(m_params.recovery.port));
        else
            add(tr("Port"), S::Failed, tr("port %1 is in use (choose another port)").arg(m_params.recovery.port));
    }
}

} // namespace lifeboat
