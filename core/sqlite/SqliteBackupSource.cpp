#include "SqliteBackupSource.h"

#include "common/FileOps.h"
#include "common/OperationContext.h"
#include "jobs/JobSupport.h"
#include "pipeline/StreamChain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <csignal>
#include <future>
#include <unistd.h>

namespace lifeboat {

namespace {
const QString snapshotPrefix = QStringLiteral("lifeboat-snapshot-");

// Snapshots of runs that were killed stay in the work folder; remove those whose process is gone.
void removeStaleSnapshots(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({snapshotPrefix + QStringLiteral("*.sqlite*")}, QDir::Files);
    for (const QString &file : files) {
        const qint64 pid = file.mid(snapshotPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong();
        if (pid > 0 && pid != ::getpid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(QDir(dir).filePath(file));
    }
}
} // namespace

SqliteBackupSource::SqliteBackupSource(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

SqliteBackupSource::~SqliteBackupSource()
{
    removeSnapshot();
}

void SqliteBackupSource::removeSnapshot()
{
    if (m_snapshotPath.isEmpty())
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_snapshotPath + QLatin1String(suffix));
    m_snapshotPath.clear();
}

Status SqliteBackupSource::prepare(OperationContext *context)
{
    if (!QFileInfo::exists(m_databasePath))
        return fail(ErrorCode::NotFound, tr("SQLite database %1 does not exist (check the job's path)").arg(m_databasePath));
    const QString dir = JobSupport::workDir();
    LB_TRY(FileOps::makePrivateDirs(dir));
    removeStaleSnapshots(dir);
    static int counter = 0;
    m_snapshotPath = QDir(dir).filePath(QStringLiteral("%1%2-%3.sqlite").arg(snapshotPrefix).arg(::getpid()).arg(++counter));
    if (context)
        context->reportStep(tr("Copying %1 with the SQLite online backup API").arg(m_databasePath));
    auto facts = SqliteSnapshot::take(m_databasePath, m_snapshotPath, context);
    if (!facts) {
        removeSnapshot();
        return fail(facts.error());
    }
    QFile::setPermissions(m_snapshotPath, QFile::ReadOwner | QFile::WriteOwner);
    m_facts = *facts;
    return {};
}

Status SqliteBackupSource::stream(Sink *sink, OperationContext *context)
{
    if (context)
        context->reportStep(tr("Checking, compressing, encrypting and storing"));
    // integrity_check and row counts run beside the stream (the snapshot no longer changes);
    // the artifact is committed only after both succeed, so a bad copy is never stored.
    auto check = std::async(std::launch::async, [path = m_snapshotPath] { return SqliteSnapshot::inspect(path); });
    auto status = pumpFile(m_snapshotPath, sink, context);
    auto facts = check.get();
    removeSnapshot();
    LB_TRY(status);
    if (!facts)
        return fail(facts.error().code,
                    tr("the copy of %1 failed its integrity check, so it was not stored: %2 (run PRAGMA integrity_check on the source)")
                        .arg(m_databasePath, facts.error().message));
    m_facts.tables = facts->tables;
    return {};
}

QJsonObject SqliteBackupSource::sourceInfo() const
{
    return m_facts.toSourceJson(m_databasePath);
}

qint64 SqliteBackupSource::sourceBytes() const
{
    return m_facts.sizeBytes;
}

} // namespace lifeboat
