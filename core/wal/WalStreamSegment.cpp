#include "WalStreamSegment.h"

#include "common/FileOps.h"
#include "repository/Repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

Result<std::unique_ptr<WalStreamSegment>> WalStreamSegment::begin(Repository &repository, const QString &job, const EncodeSettings &settings,
                                                                  const QString &walDir, quint32 timeline, quint64 segmentNumber,
                                                                  quint64 segmentSize)
{
    std::unique_ptr<WalStreamSegment> s(new WalStreamSegment);
    s->m_name = WalName::segmentName(timeline, segmentNumber, qint64(segmentSize));
    s->m_startLsn = segmentNumber * segmentSize;
    s->m_segmentSize = segmentSize;
    s->m_settings = settings;
    s->m_settings.workers = 0; // one stream on the helper's thread; the OpenPGP stage has its own
    s->m_settings.hashContent = false;
    s->m_settings.hashStored = false;
    const QString walPath = walDir + QLatin1Char('/') + s->m_name;
    s->m_walFd = ::open(QFile::encodeName(walPath).constData(), O_RDONLY | O_CLOEXEC);
    if (s->m_walFd < 0)
        return fail(FileOps::errnoError(errno, walPath, tr("cannot read")));
    const QString target = repository.localObjectPath(job, WalArchive::objectKey(WalName::parse(s->m_name, qint64(segmentSize)), QString(64, QLatin1Char('0')), settings));
    if (target.isEmpty())
        return fail(ErrorCode::Failed, tr("streaming WAL ahead needs a local repository"));
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(FileOps::errnoError(errno, folder, tr("cannot create")));
    s->m_partialPath = folder + QLatin1Char('/') + s->m_name + QLatin1String(kPartialSuffix);
    QFile::remove(s->m_partialPath); // an abandoned one of this name: only one helper runs per pg_wal
    LB_TRY(s->m_file.open(s->m_partialPath));
    s->m_file.setWriteBehind(256 * 1024);
    auto chain = StreamChain::encoder(s->m_settings, &s->m_file);
    if (!chain)
        return fail(chain.error());
    s->m_chain = std::move(*chain);
    s->m_sha = EVP_MD_CTX_new();
    EVP_DigestInit_ex(s->m_sha, EVP_sha256(), nullptr);
    return s;
}

WalStreamSegment::~WalStreamSegment()
{
    m_chain.reset();
    m_file.discard();
    if (m_walFd >= 0)
        ::close(m_walFd);
    if (m_sha)
        EVP_MD_CTX_free(m_sha);
}

Status WalStreamSegment::append(const char *data, size_t size)
{
    size = qMin<size_t>(size, size_t(m_segmentSize - m_received));
    if (m_scratch.size() < qsizetype(size))
        m_scratch.resize(qsizetype(size));
    const ssize_t n = ::pread(m_walFd, m_scratch.data(), size, off_t(m_received));
    if (n != ssize_t(size) || std::memcmp(m_scratch.constData(), data, size) != 0)
        return fail(ErrorCode::Failed, tr("the streamed copy of %1 differs from the server's file; it is pushed from the file instead").arg(m_name));
    m_received += size;
    EVP_DigestUpdate(m_sha, data, size);
    return m_chain->input()->write(data, size);
}

Status WalStreamSegment::appendRestFromFile()
{
    constexpr size_t kPiece = 1 << 20;
    if (m_scratch.size() < qsizetype(kPiece))
        m_scratch.resize(qsizetype(kPiece));
    while (m_received < m_segmentSize) {
        const size_t want = size_t(qMin<quint64>(kPiece, m_segmentSize - m_received));
        const ssize_t n = ::pread(m_walFd, m_scratch.data(), want, off_t(m_received));
        if (n <= 0)
            return fail(ErrorCode::Failed, tr("%1 is shorter than a segment; it is pushed from the file instead").arg(m_name));
        m_received += quint64(n);
        EVP_DigestUpdate(m_sha, m_scratch.constData(), size_t(n));
        LB_TRY(m_chain->input()->write(m_scratch.constData(), size_t(n)));
    }
    return {};
}

Result<WalArchive::PushOutcome> WalStreamSegment::store(WalArchive &archive, const QString &walPath, QString *storedKey)
{
    // The file under the name must still be the one compared (the server renames recycled
    // segments into place; it never writes a finished one again).
    struct stat named {};
    struct stat compared {};
    if (::stat(QFile::encodeName(walPath).constData(), &named) != 0 || ::fstat(m_walFd, &compared) != 0 || named.st_ino != compared.st_ino
        || named.st_dev != compared.st_dev || quint64(named.st_size) != m_segmentSize)
        return fail(ErrorCode::Failed, tr("%1 was replaced while it was streamed; it is pushed from the file instead").arg(m_name));
    LB_TRY(m_chain->finish());
    m_chain.reset();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_sha, digest, &length);
    const QString sha = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return archive.adoptEncoded(m_name, sha, m_settings, m_partialPath, storedKey);
}

void WalStreamSegment::removeAbandoned(const QString &folder)
{
    const QStringList leftovers = QDir(folder).entryList({QStringLiteral("*") + QLatin1String(kPartialSuffix)}, QDir::Files);
    for (const QString &name : leftovers) {
        const QString path = folder + QLatin1Char('/') + name;
        if (FileOps::isAbandoned(path))
            QFile::remove(path);
    }
}

} // namespace lifeboat
