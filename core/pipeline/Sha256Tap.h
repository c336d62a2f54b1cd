#pragma once

#include "Sink.h"

#include <QString>
#include <functional>
#include <memory>

struct evp_md_ctx_st;

namespace lifeboat {

// Hashes (OpenSSL SHA-256, ~1.5 GB/s here vs ~0.2 GB/s for QCryptographicHash) and counts the
// bytes passing through, then forwards them.
//
// Beside: big pieces are hashed on a thread of the tap's own while `next` works on the same
// bytes on the caller's thread; write() returns when both are done, so nothing is copied. For
// the content hash of a stream, which would otherwise sit on the one thread every byte passes
// (docs/benchmarks.md).
class Sha256Tap final : public Sink
{
public:
    enum class Mode { Inline, Beside };
    explicit Sha256Tap(Sink *next, Mode mode = Mode::Inline);
    ~Sha256Tap() override;

    Status write(const char *data, size_t size) override;
    Status push(QByteArray chunk) override;
    Status finish() override;

    QString hex() const { return m_hex; } // valid after finish()
    qint64 bytes() const { return m_bytes; }

private:
    struct Helper;
    void hash(const char *data, size_t size);
    // Hashes [data, data + size) while `forward` runs, on the helper for big pieces.
    Status hashWhile(const char *data, size_t size, const std::function<Status()> &forward);

    Sink *m_next;
    std::unique_ptr<Helper> m_helper;
    evp_md_ctx_st *m_ctx;
    qint64 m_bytes = 0;
    QString m_hex;
};

} // namespace lifeboat
