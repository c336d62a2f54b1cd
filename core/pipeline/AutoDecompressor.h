#pragma once

#include "Sink.h"

#include <QByteArray>
#include <memory>

namespace lifeboat {

// Chooses zstd, gzip or pass-through from the stream's magic bytes, so Lifeboat reads what
// `zstd`, `gzip` or nothing at all produced (files users bring, not only its own artifacts).
class AutoDecompressor final : public Sink
{
public:
    explicit AutoDecompressor(Sink *next);
    ~AutoDecompressor() override;

    Status write(const char *data, size_t size) override;
    Status finish() override;

    // "zstd", "gzip" or "none" once known.
    QString detected() const { return m_detected; }

private:
    Status choose();

    Sink *m_next;
    std::unique_ptr<Sink> m_inner;
    Sink *m_target = nullptr;
    QByteArray m_head;
    QString m_detected;
};

} // namespace lifeboat
