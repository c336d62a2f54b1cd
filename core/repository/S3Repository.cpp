#include "S3Repository.h"

#include "AbortedRuns.h"
#include "BackupNaming.h"
#include "JobLockFile.h"
#include "common/Clock.h"
#include "common/FileOps.h"
#include "jobs/JobSupport.h"
#include "pipeline/Sink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <deque>
#include <future>
#include <unistd.h>

namespace lifeboat {

namespace {

// Collects a stream into parts and sends each as it fills, up to kInFlight parts at a time on
// connections of their own (object stores are faster with several parts in flight; memory stays
// at kInFlight + 1 parts). A stream smaller than one part goes up as one PUT at commit. Nothing
// is visible under the key before commit().
class S3Upload final : public ArtifactUpload, public Sink
{
public:
    static constexpr int kInFlight = 3;

    S3Upload(S3Client &client, QString key, S3Client::Headers headers, qint64 partSize)
        : m_client(client)
        , m_key(std::move(key))
        , m_headers(std::move(headers))
        , m_partSize(partSize)
    {
        m_buffer.reserve(int(std::min<qint64>(partSize, 64 << 20)));
    }
    ~S3Upload() override
    {
        (void)drain(0);
        if (!m_committed && !m_uploadId.isEmpty())
            (void)m_client.abortMultipart(m_key, m_uploadId);
    }
    Sink *sink() override { return this; }

    Status write(const char *data, size_t size) override
    {
        while (size > 0) {
            const size_t room = size_t(m_partSize - m_buffer.size());
            const size_t n = std::min(room, size);
            m_buffer.append(data, int(n));
            data += n;
            size -= n;
            if (m_buffer.size() >= m_partSize)
                LB_TRY(sendPart());
        }
        return {};
    }
    Status finish() override { return {}; }

    Status commit() override
    {
        if (m_uploadId.isEmpty()) {
            LB_TRY(m_client.put(m_key, m_buffer, m_headers));
        } else {
            if (!m_buffer.isEmpty() || m_parts.isEmpty())
                LB_TRY(sendPart());
            LB_TRY(drain(0));
            std::sort(m_parts.begin(), m_parts.end(), [](const S3Client::Part &a, const S3Client::Part &b) { return a.number < b.number; });
            LB_TRY(m_client.completeMultipart(m_key, m_uploadId, m_parts));
        }
        m_committed = true;
        return {};
    }

private:
    struct Pending
    {
        int number;
        std::future<Result<QByteArray>> etag;
    };

    // Waits until at most `keep` parts are in flight; the first failure is the result.
    Status drain(int keep)
    {
        Status status;
        while (int(m_pending.size()) > keep) {
            Pending p = std::move(m_pending.front());
            m_pending.pop_front();
            auto etag = p.etag.get();
            if (!etag && status)
                status = fail(etag.error());
            else if (etag)
                m_parts.append({p.number, *etag});
        }
        return status;
    }

    Status sendPart()
    {
        if (m_uploadId.isEmpty()) {
            auto id = m_client.createMultipart(m_key, m_headers);
            if (!id)
                return fail(id.error());
            m_uploadId = *id;
        }
        LB_TRY(drain(kInFlight - 1));
        const int number = ++m_lastNumber;
        m_pending.push_back({number, std::async(std::launch::async, [settings = m_client.settings(), key = m_key, id = m_uploadId, number,
                                                                     data = std::exchange(m_buffer, QByteArray())]() {
                                 S3Client client(settings); // a connection of its own
                                 return client.uploadPart(key, id, number, data);
                             })});
        m_buffer.reserve(int(std::min<qint64>(m_partSize, 64 << 20)));
        return {};
    }

    S3Client &m_client;
    QString m_key;
    S3Client::Headers m_headers;
    qint64 m_partSize;
    QByteArray m_buffer;
    QString m_uploadId;
    QList<S3Client::Part> m_parts;
    std::deque<Pending> m_pending;
    int m_lastNumber = 0;
    bool m_committed = false;
};

QString tail(const QString &key, const QString &prefix)
{
    return key.mid(prefix.size());
}

} // namespace

Result<std::unique_ptr<Repository>> S3Repository::open(const RepositoryConfig &config)
{
    auto settings = S3Client::settingsFor(config);
    if (!settings)
        return fail(settings.error());
    return std::unique_ptr<Repository>(new S3Repository(config, *settings));
}

S3Repository::S3Repository(RepositoryConfig config, S3Client::Settings settings)
    : m_config(std::move(config))
    , m_prefix(m_config.prefix.isEmpty() || m_config.prefix.endsWith(QLatin1Char('/')) ? m_config.prefix : m_config.prefix + QLatin1Char('/'))
    , m_settings(std::move(settings))
{
    while (m_prefix.startsWith(QLatin1Char('/')))
        m_prefix.remove(0, 1);
}

S3Client &S3Repository::client()
{
    std::lock_guard<std::mutex> lock(m_clientsMutex);
    auto &slot = m_clients[std::this_thread::get_id()];
    if (!slot)
        slot = std::make_unique<S3Client>(m_settings);
    return *slot;
}

QString S3Repository::location() const
{
    return QStringLiteral("s3://%1/%2").arg(m_config.bucket, m_prefix);
}

QString S3Repository::jobKey(const QString &job, const QString &rest) const
{
    return m_prefix + job + QLatin1Char('/') + rest;
}

S3Client::Headers S3Repository::artifactHeaders() const
{
    S3Client::Headers h;
    if (!m_config.storageClass.isEmpty())
        h.append({"x-amz-storage-class", m_config.storageClass.toUtf8()});
    if (!m_config.sse.isEmpty())
        h.append({"x-amz-server-side-encryption", m_config.sse.toUtf8()});
    return h;
}

Status S3Repository::initialize()
{
    const QString header = m_prefix + QLatin1String(kHeaderFile);
    auto existing = client().head(header);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("lifeboat-repo/1"));
    o.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), m_config.name);
    o.insert(QStringLiteral("created"), isoUtc(Clock::instance().now()));
    o.insert(QStringLiteral("encryption"), QStringLiteral("per-job"));
    return client().put(header, QJsonDocument(o).toJson());
}

Result<std::unique_ptr<JobLock>> S3Repository::lockJob(const QString &job)
{
    // Per user: the folder is private (0700), and the server's user runs wal-push.
    const QString dir = QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-locks-%1").arg(::getuid()));
    LB_TRY(FileOps::makePrivateDirs(dir));
    const QByteArray id = QCryptographicHash::hash((m_config.endpoint + QLatin1Char('\n') + m_config.bucket + QLatin1Char('\n') + m_prefix).toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(16);
    return lockJobFile(QDir(dir).filePath(QStringLiteral("s3-%1-%2.lock").arg(QString::fromLatin1(id), job)), job);
}

Result<QStringList> S3Repository::cleanupAborted(const QString &job)
{
    const QString prefix = backupsKey(job);
    auto entries = client().list(prefix);
    if (!entries)
        return fail(entries.error());
    QStringList files;
    for (const auto &e : std::as_const(*entries))
        files.append(tail(e.key, prefix));
    QStringList removed;
    for (const QString &file : abortedRunFiles(files, [&](const QString &sidecar) -> std::optional<BackupMetadata> {
             auto bytes = client().getSmall(prefix + sidecar);
             auto meta = bytes ? BackupMetadata::fromJson(*bytes, prefix + sidecar) : Result<BackupMetadata>(fail(bytes.error()));
             return meta ? std::optional<BackupMetadata>(*meta) : std::nullopt;
         })) {
        if (client().remove(prefix + file))
            removed.append(file);
    }
    // Multipart uploads a killed run left behind hold storage that is billed but never listed.
    // Not every S3-compatible server lists them; that is not an error.
    if (auto uploads = client().listMultipart(jobKey(job, QString())))
        for (const auto &[key, id] : std::as_const(*uploads))
            if (client().abortMultipart(key, id))
                removed.append(tail(key, jobKey(job, QString())) + QStringLiteral(" (unfinished upload)"));
    return removed;
}

Result<std::unique_ptr<ArtifactUpload>> S3Repository::upload(const QString &key)
{
    return std::unique_ptr<ArtifactUpload>(new S3Upload(client(), key, artifactHeaders(), qint64(m_config.partSizeMb) << 20));
}

Result<std::unique_ptr<ArtifactUpload>> S3Repository::createArtifact(const QString &job, const QString &artifact)
{
    auto existing = client().head(backupsKey(job) + artifact);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("backup %1 already exists in repository \"%2\" (wait a second and run again)").arg(artifact, m_config.name));
    return upload(backupsKey(job) + artifact);
}

Status S3Repository::writeSidecar(const BackupMetadata &meta)
{
    return client().put(backupsKey(meta.job) + BackupNaming::sidecarName(meta.artifact), meta.toBytes());
}

Result<QList<BackupMetadata>> S3Repository::listSidecars(const QString &prefix, const std::function<bool(const QString &key)> &wanted)
{
    auto entries = client().list(prefix);
    if (!entries)
        return fail(entries.error());
    QList<BackupMetadata> out;
    for (const auto &e : std::as_const(*entries)) {
        if (!e.key.endsWith(QLatin1String(".meta.json")) || !wanted(e.key))
            continue;
        auto bytes = client().getSmall(e.key);
        if (!bytes)
            return fail(bytes.error());
        auto meta = BackupMetadata::fromJson(*bytes, location() + tail(e.key, m_prefix));
        if (!meta)
            return fail(meta.error());
        out.append(*meta);
    }
    return out;
}

Result<QList<BackupMetadata>> S3Repository::listBackups(const QString &job)
{
    if (!job.isEmpty())
        return listSidecars(backupsKey(job), [](const QString &) { return true; });
    // Every job: one listing of the whole prefix, keeping PREFIX/JOB/backups/*.meta.json. Not
    // folders by delimiter: some S3-compatible stores (s3rver) do not report common prefixes
    // whose objects lie deeper than one level.
    return listSidecars(m_prefix, [this](const QString &key) {
        const QStringList parts = tail(key, m_prefix).split(QLatin1Char('/'));
        return parts.size() == 3 && parts.at(1) == QLatin1String("backups");
    });
}

Status S3Repository::readArtifact(const BackupMetadata &meta, Sink *sink, OperationContext *context)
{
    const Status status = client().get(backupsKey(meta.job) + meta.artifact, sink, context);
    if (!status && status.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::Corrupt, tr("artifact %1 is missing from repository \"%2\" (restore it from a copy or choose another backup)")
                                            .arg(meta.artifact, m_config.name));
    return status;
}

Status S3Repository::removeBackup(const BackupMetadata &meta)
{
    // Sidecar first: a backup without its sidecar is no longer listed, whatever happens next.
    const QString prefix = backupsKey(meta.job);
    LB_TRY(client().remove(prefix + BackupNaming::sidecarName(meta.artifact)));
    LB_TRY(client().remove(prefix + meta.artifact));
    for (const QString &part : meta.partArtifacts())
        LB_TRY(client().remove(prefix + part));
    return {};
}

Result<qint64> S3Repository::probeWritable(const QString &job)
{
    LB_TRY(initialize());
    const QString probe = backupsKey(job) + QStringLiteral(".lifeboat-probe-%1").arg(QCoreApplication::applicationPid());
    LB_TRY(client().put(probe, QByteArrayLiteral("probe")));
    LB_TRY(client().remove(probe));
    return qint64(-1); // object storage has no free space to tell
}

Result<std::unique_ptr<ArtifactUpload>> S3Repository::createObject(const QString &job, const QString &key)
{
    auto existing = client().head(jobKey(job, key));
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists in repository \"%2\"").arg(key, m_config.name));
    return upload(jobKey(job, key));
}

Result<QList<StoredObject>> S3Repository::listObjects(const QString &job, const QString &folder, const QString &startsWith)
{
    const QString prefix = jobKey(job, folder.isEmpty() ? QString() : folder + QLatin1Char('/'));
    auto entries = client().list(prefix + startsWith, QStringLiteral("/"));
    if (!entries)
        return fail(entries.error());
    QList<StoredObject> out;
    for (const auto &e : std::as_const(*entries))
        out.append({tail(e.key, prefix), e.size, e.modified});
    std::sort(out.begin(), out.end(), [](const StoredObject &a, const StoredObject &b) { return a.name < b.name; });
    return out;
}

Result<QStringList> S3Repository::listFolders(const QString &job, const QString &folder)
{
    const QString prefix = jobKey(job, folder.isEmpty() ? QString() : folder + QLatin1Char('/'));
    QStringList folders;
    auto entries = client().list(prefix, QStringLiteral("/"), &folders);
    if (!entries)
        return fail(entries.error());
    QStringList out;
    for (const QString &f : std::as_const(folders))
        out.append(tail(f, prefix).chopped(1));
    std::sort(out.begin(), out.end());
    return out;
}

bool S3Repository::objectExists(const QString &job, const QString &key)
{
    auto e = client().head(jobKey(job, key));
    return e && e->has_value();
}

bool S3Repository::folderExists(const QString &job, const QString &folder)
{
    QStringList folders;
    auto under = client().list(jobKey(job, folder) + QLatin1Char('/'), QStringLiteral("/"), &folders);
    return under && (!under->isEmpty() || !folders.isEmpty());
}

Status S3Repository::readObject(const QString &job, const QString &key, Sink *sink, OperationContext *context)
{
    const Status status = client().get(jobKey(job, key), sink, context);
    if (!status && status.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::NotFound, tr("%1 is missing from repository \"%2\"").arg(key, m_config.name));
    return status;
}

Status S3Repository::removeObject(const QString &job, const QString &key)
{
    return client().remove(jobKey(job, key));
}

} // namespace lifeboat
