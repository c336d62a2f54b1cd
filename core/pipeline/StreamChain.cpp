#include "StreamChain.h"

#include "AutoDecompressor.h"
#include "DirectReader.h"
#include "GzipCompressor.h"
#include "OpenPgpStage.h"
#include "ThreadedSink.h"
#include "ZstdCompressor.h"
#include "common/FileOps.h"
#include "common/OperationContext.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <tuple>
#include <unistd.h>

namespace lifeboat {

StreamChain::~StreamChain()
{
    // Upstream first: an OpenPGP stage joins its thread while downstream stages still exist.
    while (!m_stages.empty())
        m_stages.pop_back();
}

template <typename T, typename... Args>
T *StreamChain::add(Args &&...args)
{
    auto stage = std::make_unique<T>(std::forward<Args>(args)...);
    T *raw = stage.get();
    m_stages.push_back(std::move(stage));
    return raw;
}

Result<std::unique_ptr<StreamChain>> StreamChain::encoder(const EncodeSettings &settings, Sink *out)
{
    std::unique_ptr<StreamChain> chain(new StreamChain);
    Sink *next = out;
    if (settings.hashStored)
        next = chain->m_stored = chain->add<Sha256Tap>(out);
    if (settings.encrypt) {
        auto keyring = OpenPgpKeyring::create(settings.openPgp, OpenPgpKeyring::Purpose::Encrypt);
        if (!keyring)
            return fail(keyring.error());
        chain->m_recipients = (*keyring)->recipientFingerprints();
        next = chain->add<OpenPgpStage>(next, std::move(*keyring), OpenPgpStage::Mode::Encrypt);
    }
    switch (settings.compression.algorithm) {
    case CompressionSpec::Algorithm::Zstd:
        next = chain->add<ZstdCompressor>(next, settings.compression.level, settings.workers);
        break;
    case CompressionSpec::Algorithm::Gzip:
        next = chain->add<GzipCompressor>(next, settings.compression.level);
        break;
    case CompressionSpec::Algorithm::None:
        break;
    }
    if (settings.hashContent)
        chain->m_content = chain->add<Sha256Tap>(next, settings.workers >= 2 ? Sha256Tap::Mode::Beside : Sha256Tap::Mode::Inline);
    return chain;
}

Result<std::unique_ptr<StreamChain>> StreamChain::decoder(const DecodeSettings &settings, Sink *out, bool hashContent)
{
    std::unique_ptr<StreamChain> chain(new StreamChain);
    Sink *content = out;
    if (hashContent)
        content = chain->m_content = chain->add<Sha256Tap>(out, Sha256Tap::Mode::Beside);
    Sink *next = chain->add<AutoDecompressor>(content);
    if (settings.encrypted) {
        auto keyring = OpenPgpKeyring::create(settings.openPgp, OpenPgpKeyring::Purpose::Decrypt);
        if (!keyring)
            return fail(keyring.error());
        // Decryption and decompression each take a core's worth of work on a large restore:
        // decompress on a thread of its own rather than on librnp's.
        next = chain->add<ThreadedSink>(next);
        next = chain->add<OpenPgpStage>(next, std::move(*keyring), OpenPgpStage::Mode::Decrypt);
    }
    chain->m_stored = chain->add<Sha256Tap>(next);
    return chain;
}

bool StreamChain::looksLikeOpenPgp(const QByteArray &head)
{
    if (head.isEmpty())
        return false;
    const auto b = static_cast<unsigned char>(head.at(0));
    if (!(b & 0x80))
        return false;
    const int tag = (b & 0x40) ? (b & 0x3f) : ((b >> 2) & 0x0f);
    return tag == 1 || tag == 3; // public-key or symmetric-key encrypted session key
}

Status pumpFile(const QString &path, Sink *sink, OperationContext *context, ReadCache cache)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    if (cache == ReadCache::Bypass)
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_DIRECT);
    const bool direct = fd >= 0;
    if (fd < 0) // also where the file system has no O_DIRECT (EINVAL)
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(FileOps::errnoError(errno, path, QCoreApplication::translate("pumpFile", "cannot open")));
    const qint64 total = QFile(path).size();
    std::optional<DirectReader> reader;
    QByteArray buffer;
    if (direct) {
        reader.emplace(fd);
    } else {
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        buffer = QByteArray(int(kStreamChunk), Qt::Uninitialized);
    }
    qint64 done = 0;
    Status status;
    for (;;) {
        if (context && context->isCancelled()) {
            status = fail(ErrorCode::Cancelled, QCoreApplication::translate("pumpFile", "Cancelled."));
            break;
        }
        const char *data = buffer.constData();
        ssize_t n = 0;
        if (reader) {
            std::tie(data, n) = reader->next();
            if (n < 0) {
                errno = int(-n);
                n = -1;
            }
        } else {
            n = ::read(fd, buffer.data(), size_t(buffer.size()));
            if (n < 0 && errno == EINTR)
                continue;
        }
        if (n < 0) {
            status = fail(FileOps::errnoError(errno, path, QCoreApplication::translate("pumpFile", "cannot read")));
            break;
        }
        if (n == 0)
            break;
        status = sink->write(data, size_t(n));
        if (!status)
            break;
        done += n;
        if (context)
            context->reportProgress(done, total);
    }
    reader.reset();
    ::close(fd);
    return status;
}

} // namespace lifeboat
