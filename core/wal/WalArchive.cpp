#include "WalArchive.h"

#include "common/FileOps.h"
#include "repository/Repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <QScopeGuard>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>

namespace lifeboat {

namespace {

const QString kWalFolder = QStringLiteral("wal");

class BufferSink final : public Sink
{
public:
    explicit BufferSink(QByteArray *out)
        : m_out(out)
    {
    }
    Status write(const char *data, size_t size) override
    {
        m_out->append(data, qsizetype(size));
        return {};
    }
    Status finish() override { return {}; }

private:
    QByteArray *m_out;
};

// "NAME-SHA256.EXT" -> NAME and SHA256; false for anything else (foreign files are ignored).
bool parseObjectName(const QString &object, QString *name, QString *sha)
{
    const int dash = object.indexOf(QLatin1Char('-'));
    if (dash <= 0 || object.size() < dash + 1 + 64)
        return false;
    *name = object.left(dash);
    *sha = object.mid(dash + 1, 64);
    if (object.size() > dash + 65 && object.at(dash + 65) != QLatin1Char('.'))
        return false;
    for (const QChar c : *sha)
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return false;
    return true;
}

} // namespace

WalArchive::WalArchive(Repository &repository, QString job)
    : m_repository(repository)
    , m_job(std::move(job))
{
}

QString WalArchive::sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

Result<QList<ArchivedWal>> WalArchive::listFolder(const QString &timelineDir, const QString &startsWith)
{
    const QString folder = kWalFolder + QLatin1Char('/') + timelineDir;
    auto objects = m_repository.listObjects(m_job, folder, startsWith);
    if (!objects)
        return fail(objects.error());
    QList<ArchivedWal> out;
    for (const StoredObject &object : std::as_const(*objects)) {
        QString name;
        QString sha;
        if (!parseObjectName(object.name, &name, &sha))
            continue;
        ArchivedWal file;
        file.wal = WalName::parse(name);
        if (!file.wal.isValid())
            continue;
        file.key = folder + QLatin1Char('/') + object.name;
        file.contentSha256 = sha;
        file.storedBytes = object.size;
        file.storedAt = object.modified;
        out.append(file);
    }
    std::sort(out.begin(), out.end(), [](const ArchivedWal &a, const ArchivedWal &b) { return a.wal.name < b.wal.name; });
    return out;
}

Result<QList<ArchivedWal>> WalArchive::listTimeline(quint32 timeline)
{
    return listFolder(WalName::timelineHex(timeline));
}

Result<QList<ArchivedWal>> WalArchive::list()
{
    auto folders = m_repository.listFolders(m_job, kWalFolder);
    if (!folders)
        return fail(folders.error());
    QList<ArchivedWal> all;
    for (const QString &folder : std::as_const(*folders)) {
        auto files = listFolder(folder);
        if (!files)
            return files;
        all += *files;
    }
    return all;
}

Result<std::optional<ArchivedWal>> WalArchive::find(const QString &name)
{
    const WalName wal = WalName::parse(name);
    if (!wal.isValid())
        return fail(ErrorCode::Usage, tr("\"%1\" is not a WAL file name (expected e.g. 000000010000000000000003 or 00000002.history)").arg(name));
    // Only this name's objects (NAME-SHA256.EXT): one short listing, however long the archive.
    auto files = listFolder(wal.timelineDir(), name + QLatin1Char('-'));
    if (!files)
        return fail(files.error());
    std::optional<ArchivedWal> found;
    for (const ArchivedWal &file : std::as_const(*files)) {
        if (file.wal.name != name)
            continue;
        if (found && found->contentSha256 != file.contentSha256)
            return fail(ErrorCode::Corrupt, tr("WAL file %1 is archived twice with different contents (%2, %3): remove the one that does not belong to this cluster")
                                                .arg(name, found->key, file.key));
        found = file;
    }
    return found;
}

QString WalArchive::objectKey(const WalName &wal, const QString &sha, const EncodeSettings &settings)
{
    return QStringLiteral("%1/%2/%3-%4%5%6")
        .arg(kWalFolder, wal.timelineDir(), wal.name, sha, settings.compression.extension(), settings.encrypt ? QStringLiteral(".gpg") : QString());
}

Result<std::optional<WalArchive::PushOutcome>> WalArchive::existing(const QString &name, const QString &sha, const EncodeSettings &settings,
                                                                   QString *key, QString *storedKey)
{
    const WalName wal = WalName::parse(name);
    if (!wal.isValid())
        return fail(ErrorCode::Usage, tr("\"%1\" is not a WAL file name (archive_command must pass %p)").arg(name));
    *key = objectKey(wal, sha, settings);
    if (storedKey)
        *storedKey = *key;
    if (m_repository.objectExists(m_job, *key))
        return std::optional<PushOutcome>(PushOutcome::AlreadyStored);
    auto found = find(wal.name);
    if (!found)
        return fail(found.error());
    if (!*found)
        return std::optional<PushOutcome>();
    if ((*found)->contentSha256 == sha) {
        if (storedKey)
            *storedKey = (*found)->key;
        return std::optional<PushOutcome>(PushOutcome::AlreadyStored); // stored before with other compression or encryption settings
    }
    return fail(ErrorCode::Failed,
                tr("WAL file %1 is already archived with different contents (%2): another cluster, or a restored copy of this "
                   "one, is archiving into job \"%3\" — give it its own job; nothing was overwritten")
                    .arg(wal.name, (*found)->key, m_job));
}

Result<WalArchive::PushOutcome> WalArchive::push(const QString &name, const QByteArray &data, const EncodeSettings &settings, QString *storedKey)
{
    QString key;
    auto before = existing(name, sha256Hex(data), settings, &key, storedKey);
    if (!before)
        return fail(before.error());
    if (*before)
        return **before;
    auto upload = m_repository.createObject(m_job, key);
    if (!upload) {
        if (upload.error().code == ErrorCode::AlreadyExists)
            return PushOutcome::AlreadyStored; // a concurrent push of the same file won
        return fail(upload.error());
    }
    EncodeSettings single = settings;
    single.hashStored = false; // the name carries the content's hash; nothing records the stored one
    auto chain = StreamChain::encoder(single, (*upload)->sink());
    if (!chain)
        return fail(chain.error());
    LB_TRY((*chain)->input()->write(data.constData(), size_t(data.size())));
    LB_TRY((*chain)->finish());
    LB_TRY((*upload)->commit());
    return PushOutcome::Stored;
}

Result<WalArchive::PushOutcome> WalArchive::adoptEncoded(const QString &name, const QString &sha, const EncodeSettings &settings,
                                                         const QString &encodedPath, QString *storedKey)
{
    auto removeEncoded = qScopeGuard([&] { QFile::remove(encodedPath); });
    QString key;
    auto before = existing(name, sha, settings, &key, storedKey);
    if (!before)
        return fail(before.error());
    if (*before)
        return **before;
    const QString target = m_repository.localObjectPath(m_job, key);
    if (target.isEmpty())
        return fail(ErrorCode::Failed, tr("repository of job \"%1\" is not a local folder: WAL cannot be adopted into it").arg(m_job));
    if (::renameat2(AT_FDCWD, QFile::encodeName(encodedPath).constData(), AT_FDCWD, QFile::encodeName(target).constData(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST)
            return PushOutcome::AlreadyStored; // a concurrent push of the same file won
        return fail(FileOps::errnoError(errno, target, tr("cannot rename into")));
    }
    removeEncoded.dismiss();
    LB_TRY(FileOps::syncDirectory(QFileInfo(target).absolutePath()));
    return PushOutcome::Stored;
}

Result<QByteArray> WalArchive::decode(const ArchivedWal &file, const DecodeSettings &settings)
{
    QByteArray out;
    // A segment's size up front: growing 16 MiB by doubling cost more (copies, page faults)
    // than the decompression itself.
    if (file.wal.type == WalName::Type::Segment || file.wal.type == WalName::Type::Partial)
        out.reserve(WalName::kDefaultSegmentSize);
    BufferSink sink(&out);
    auto chain = StreamChain::decoder(settings, &sink);
    if (!chain)
        return fail(chain.error());
    Status read = m_repository.readObject(m_job, file.key, (*chain)->input(), nullptr);
    if (read)
        read = (*chain)->finish();
    if (!read) {
        if (read.error().code == ErrorCode::WrongPassphrase || read.error().code == ErrorCode::MissingKey)
            return fail(read.error());
        return fail(ErrorCode::Corrupt, tr("archived WAL file %1 is damaged: %2 (restore the repository's copy of it, or recover to a point before it)")
                                            .arg(file.key, read.error().message));
    }
    if (sha256Hex(out) != file.contentSha256)
        return fail(ErrorCode::Corrupt, tr("archived WAL file %1 is damaged: its content does not match the checksum in its name "
                                           "(restore the repository's copy of it, or recover to a point before it)")
                                            .arg(file.key));
    return out;
}

Status WalArchive::fetch(const ArchivedWal &file, const QString &dest, const DecodeSettings &settings)
{
    auto data = decode(file, settings);
    if (!data)
        return fail(data.error());
    // No fsync: the server reads the file at once and keeps what it needs in its own pg_wal.
    const QString partial = dest + QStringLiteral(".lifeboat.partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*data) != data->size() || !out.flush()) {
        const Error error = FileOps::errnoError(errno ? errno : EIO, partial, tr("cannot write"));
        out.remove();
        return fail(error);
    }
    out.close();
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(dest).constData()) != 0) {
        const int err = errno;
        QFile::remove(partial);
        return fail(FileOps::errnoError(err, dest, tr("cannot create")));
    }
    return {};
}

Status WalArchive::remove(const ArchivedWal &file)
{
    return m_repository.removeObject(m_job, file.key);
}

} // namespace lifeboat
