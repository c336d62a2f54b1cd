#include "LocalRepository.h"

#include "AbortedRuns.h"
#include "BackupNaming.h"
#include "JobLockFile.h"
#include "S3Repository.h"
#include "common/Clock.h"
#include "common/FileOps.h"
#include "pipeline/FileSink.h"
#include "pipeline/StreamChain.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <sys/stat.h>

namespace lifeboat {

namespace {

class LocalUpload final : public ArtifactUpload
{
public:
    LocalUpload(QString partial, QString final)
        : m_partial(std::move(partial))
        , m_final(std::move(final))
    {
    }
    ~LocalUpload() override
    {
        if (!m_committed)
            m_file.discard();
    }
    Status open() { return m_file.open(m_partial); }
    Sink *sink() override { return &m_file; }
    Status commit() override
    {
        LB_TRY(FileOps::commitRename(m_partial, m_final));
        m_committed = true;
        return {};
    }

private:
    QString m_partial;
    QString m_final;
    FileSink m_file;
    bool m_committed = false;
};

const QString sidecarSuffix = QStringLiteral(".meta.json");

} // namespace

LocalRepository::LocalRepository(QString name, QString root)
    : m_name(std::move(name))
    , m_root(std::move(root))
{
}

QString LocalRepository::backupsDir(const QString &job) const
{
    return m_root + QLatin1Char('/') + job + QStringLiteral("/backups");
}

QString LocalRepository::artifactPath(const BackupMetadata &meta) const
{
    return backupsDir(meta.job) + QLatin1Char('/') + meta.artifact;
}

Status LocalRepository::initialize()
{
    LB_TRY(FileOps::makePrivateDirs(m_root));
    // A folder others may write is one where anyone could replace or delete backups unseen.
    struct stat st {};
    if (::stat(QFile::encodeName(m_root).constData(), &st) == 0 && (st.st_mode & (S_IWGRP | S_IWOTH)))
        return fail(ErrorCode::InvalidConfig, tr("repository \"%1\": folder %2 can be written by others (mode %3), so anyone could replace or delete "
                                                 "its backups; run: chmod 700 %2")
                                                  .arg(m_name, m_root, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))));
    const QString header = m_root + QLatin1Char('/') + QLatin1String(kHeaderFile);
    if (QFile::exists(header))
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("lifeboat-repo/1"));
    o.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), m_name);
    o.insert(QStringLiteral("created"), isoUtc(Clock::instance().now()));
    o.insert(QStringLiteral("encryption"), QStringLiteral("per-job"));
    // Two first runs at once (a cron line and a timer) both get here: the first header stays.
    Status created = FileOps::createAtomically(header, QJsonDocument(o).toJson());
    if (!created && created.error().code == ErrorCode::AlreadyExists)
        return {};
    return created;
}

Result<std::unique_ptr<JobLock>> LocalRepository::lockJob(const QString &job)
{
    LB_TRY(FileOps::makePrivateDirs(m_root + QLatin1Char('/') + job));
    return lockJobFile(m_root + QLatin1Char('/') + job + QStringLiteral("/lock"), job);
}

Result<QStringList> LocalRepository::cleanupAborted(const QString &job)
{
    QDir dir(backupsDir(job));
    if (!dir.exists())
        return QStringList{};
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    QStringList removed;
    for (const QString &file : abortedRunFiles(files, [&dir](const QString &sidecar) -> std::optional<BackupMetadata> {
             QFile f(dir.filePath(sidecar));
             auto meta = f.open(QIODevice::ReadOnly) ? BackupMetadata::fromJson(f.readAll(), f.fileName()) : Result<BackupMetadata>(fail(ErrorCode::Failed, QString()));
             return meta ? std::optional<BackupMetadata>(*meta) : std::nullopt;
         }))
        if (dir.remove(file))
            removed.append(file);
    if (!removed.isEmpty())
        LB_TRY(FileOps::syncDirectory(dir.absolutePath()));
    return removed;
}

Result<std::unique_ptr<ArtifactUpload>> LocalRepository::createArtifact(const QString &job, const QString &artifact)
{
    const QString dir = backupsDir(job);
    LB_TRY(FileOps::makePrivateDirs(dir));
    const QString final = dir + QLatin1Char('/') + artifact;
    if (QFile::exists(final))
        return fail(ErrorCode::AlreadyExists, tr("backup %1 already exists in repository \"%2\" (wait a second and run again)").arg(artifact, m_name));
    auto upload = std::make_unique<LocalUpload>(final + QStringLiteral(".partial"), final);
    LB_TRY(upload->open());
    return std::unique_ptr<ArtifactUpload>(std::move(upload));
}

Status LocalRepository::writeSidecar(const BackupMetadata &meta)
{
    return FileOps::writeAtomically(backupsDir(meta.job) + QLatin1Char('/') + BackupNaming::sidecarName(meta.artifact),
                                    meta.toBytes());
}

Result<QList<BackupMetadata>> LocalRepository::listJob(const QString &job)
{
    QList<BackupMetadata> out;
    QDir dir(backupsDir(job));
    const QStringList sidecars = dir.entryList({QStringLiteral("*") + sidecarSuffix}, QDir::Files);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(FileOps::errnoError(EACCES, file.fileName(), tr("cannot read")));
        auto meta = BackupMetadata::fromJson(file.readAll(), file.fileName());
        if (!meta)
            return fail(meta.error());
        out.append(*meta);
    }
    return out;
}

Result<QList<BackupMetadata>> LocalRepository::listBackups(const QString &job)
{
    if (!QDir(m_root).exists())
        return fail(ErrorCode::NotFound, tr("repository \"%1\" not found at %2 (check its path, or mount it)").arg(m_name, m_root));
    if (!job.isEmpty())
        return listJob(job);
    QList<BackupMetadata> all;
    const QStringList jobs = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &j : jobs) {
        auto list = listJob(j);
        if (!list)
            return list;
        all += *list;
    }
    return all;
}

Status LocalRepository::readArtifact(const BackupMetadata &meta, Sink *sink, OperationContext *context)
{
    const QString path = artifactPath(meta);
    if (!QFile::exists(path))
        return fail(ErrorCode::Corrupt,
                    tr("artifact %1 is missing from repository \"%2\" (restore it from a copy or choose another backup)")
                        .arg(path, m_name));
    return pumpFile(path, sink, context, ReadCache::Bypass);
}

Status LocalRepository::removeBackup(const BackupMetadata &meta)
{
    // Sidecar first: a backup without its sidecar is no longer listed, whatever happens next.
    const QString dir = backupsDir(meta.job);
    QFile::remove(dir + QLatin1Char('/') + BackupNaming::sidecarName(meta.artifact));
    QFile::remove(artifactPath(meta));
    for (const QString &part : meta.partArtifacts())
        QFile::remove(dir + QLatin1Char('/') + part);
    return FileOps::syncDirectory(dir);
}

QString LocalRepository::objectPath(const QString &job, const QString &key) const
{
    return m_root + QLatin1Char('/') + job + QLatin1Char('/') + key;
}

Result<std::unique_ptr<ArtifactUpload>> LocalRepository::createObject(const QString &job, const QString &key)
{
    const QString final = objectPath(job, key);
    LB_TRY(FileOps::makePrivateDirs(QFileInfo(final).absolutePath()));
    // One partial name per key (keys of WAL files carry their content's SHA-256): a leftover of a
    // killed push is removed by the next push of the same file, which the server always retries;
    // one being written now means a concurrent push of the same content, whose result is awaited.
    const QString partial = final + QStringLiteral(".partial");
    for (int attempt = 0;; ++attempt) {
        QElapsedTimer waited;
        waited.start();
        while (QFile::exists(partial) && !FileOps::isAbandoned(partial) && waited.elapsed() < 30000)
            QThread::msleep(20);
        if (QFile::exists(final))
            return fail(ErrorCode::AlreadyExists, tr("%1 already exists in repository \"%2\"").arg(key, m_name));
        if (FileOps::isAbandoned(partial))
            QFile::remove(partial);
        auto upload = std::make_unique<LocalUpload>(partial, final);
        Status opened = upload->open();
        if (opened)
            return std::unique_ptr<ArtifactUpload>(std::move(upload));
        if (attempt > 0 || !QFile::exists(partial)) // not a concurrent writer of the same key
            return fail(opened.error());
    }
}

Result<QList<StoredObject>> LocalRepository::listObjects(const QString &job, const QString &folder, const QString &startsWith)
{
    QList<StoredObject> out;
    // A name filter keeps the stat calls to the matches: wal-push looks up one name in a folder
    // that may hold a year of WAL.
    QStringList filters;
    static const QRegularExpression wildcard(QStringLiteral("[*?\\[\\]]"));
    if (!startsWith.isEmpty() && !startsWith.contains(wildcard))
        filters.append(startsWith + QLatin1Char('*'));
    const QFileInfoList entries = QDir(objectPath(job, folder)).entryInfoList(filters, QDir::Files, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.fileName().endsWith(QLatin1String(".partial")) || !info.fileName().startsWith(startsWith))
            continue;
        out.append({info.fileName(), info.size(), info.lastModified().toUTC()});
    }
    return out;
}

Result<QStringList> LocalRepository::listFolders(const QString &job, const QString &folder)
{
    return QDir(objectPath(job, folder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool LocalRepository::objectExists(const QString &job, const QString &key)
{
    return QFileInfo::exists(objectPath(job, key));
}

Status LocalRepository::readObject(const QString &job, const QString &key, Sink *sink, OperationContext *context)
{
    const QString path = objectPath(job, key);
    if (!QFile::exists(path))
        return fail(ErrorCode::NotFound, tr("%1 is missing from repository \"%2\"").arg(key, m_name));
    return pumpFile(path, sink, context, ReadCache::Bypass);
}

Status LocalRepository::removeObject(const QString &job, const QString &key)
{
    const QString path = objectPath(job, key);
    if (!QFile::remove(path) && QFile::exists(path))
        return fail(FileOps::errnoError(errno, path, tr("cannot remove")));
    return {};
}

Result<std::unique_ptr<Repository>> Repository::open(const RepositoryConfig &config)
{
    if (config.type == QLatin1String("local"))
        return std::unique_ptr<Repository>(new LocalRepository(config.name, config.path));
    if (config.type == QLatin1String("s3"))
        return S3Repository::open(config);
    return fail(ErrorCode::InvalidConfig,
                QCoreApplication::translate("Repository", "repository \"%1\": type \"%2\" is not supported by this build yet (use type = \"local\")")
                    .arg(config.name, config.type));
}

Result<qint64> LocalRepository::probeWritable(const QString &job)
{
    LB_TRY(initialize());
    const QString dir = backupsDir(job);
    LB_TRY(FileOps::makePrivateDirs(dir));
    const QString probe = QDir(dir).filePath(QStringLiteral(".lifeboat-probe-%1").arg(QCoreApplication::applicationPid()));
    auto written = FileOps::writeAtomically(probe, QByteArrayLiteral("probe"));
    QFile::remove(probe);
    if (!written)
        return fail(written.error());
    return FileOps::freeBytes(dir);
}

} // namespace lifeboat
