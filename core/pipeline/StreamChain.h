#pragma once

#include "OpenPgpKeyring.h"
#include "Sha256Tap.h"
#include "config/Config.h"

#include <memory>
#include <vector>

namespace lifeboat {

class OperationContext;

struct EncodeSettings
{
    CompressionSpec compression;
    int workers = 2;
    bool encrypt = false;
    OpenPgpSettings openPgp;
    // Off when the caller hashes the content itself (wal-push names files by it): saves a pass.
    bool hashContent = true;
    // Off where nothing records the stored bytes' hash (archived WAL is named by its content).
    bool hashStored = true;
};

struct DecodeSettings
{
    bool encrypted = false; // compression is detected from the stream itself
    OpenPgpSettings openPgp;
};

// Assembles the stages of one stream and owns them:
//   encode: content → SHA-256 → zstd|gzip|none → [OpenPGP encrypt] → SHA-256 → out
//   decode: stored  → SHA-256 → [OpenPGP decrypt → thread] → zstd|gzip|none (detected) → SHA-256 → out
// `out` is not owned; it is usually a FileSink on a .partial file.
class StreamChain
{
public:
    static Result<std::unique_ptr<StreamChain>> encoder(const EncodeSettings &settings, Sink *out);
    // hashContent = false: no content SHA-256 stage (where the stored hash and the compression's
    // own frame checksums suffice); contentSha256() is then empty.
    static Result<std::unique_ptr<StreamChain>> decoder(const DecodeSettings &settings, Sink *out, bool hashContent = true);
    ~StreamChain();

    Sink *input() const { return m_stages.back().get(); }
    [[nodiscard]] Status finish() { return input()->finish(); }

    // Valid after finish().
    QString storedSha256() const { return m_stored ? m_stored->hex() : QString(); }
    qint64 storedBytes() const { return m_stored ? m_stored->bytes() : 0; }
    QString contentSha256() const { return m_content ? m_content->hex() : QString(); }
    qint64 contentBytes() const { return m_content ? m_content->bytes() : 0; }
    // Fingerprints of the public-key recipients (encoder in public-key mode).
    const QStringList &recipients() const { return m_recipients; }

    // True when the first bytes of a file start an encrypted OpenPGP message.
    static bool looksLikeOpenPgp(const QByteArray &head);

private:
    StreamChain() = default;
    template <typename T, typename... Args>
    T *add(Args &&...args);

    std::vector<std::unique_ptr<Sink>> m_stages; // downstream first, input last
    Sha256Tap *m_stored = nullptr;
    Sha256Tap *m_content = nullptr;
    QStringList m_recipients;
};

// Bypass reads with O_DIRECT (read ahead by DirectReader) where the file system allows it: for
// artifacts at rest in a repository, read once. Cold, reading 109 MiB that way cost 6 ms of CPU
// here against 20-200 ms through the page cache, and a realistic lay-down's CPU fell by a tenth;
// it also keeps a restore from filling the cache. Not for a file just written and still dirty
// in the cache (a SQLite snapshot): O_DIRECT would write it back first.
enum class ReadCache { Use, Bypass };

// Reads a file in chunks into `sink` (without finishing it), checking for cancellation and
// reporting progress as bytes read of the file's size.
[[nodiscard]] Status pumpFile(const QString &path, Sink *sink, OperationContext *context, ReadCache cache = ReadCache::Use);

} // namespace lifeboat
