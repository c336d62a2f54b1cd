#pragma once

#include "Sink.h"

#include <QByteArray>
#include <QCoreApplication>

struct ZSTD_DCtx_s;

namespace lifeboat {

// Reads one or more zstd frames; a bad frame or a stream that ends mid-frame is Corrupt.
class ZstdDecompressor final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(ZstdDecompressor)

public:
    explicit ZstdDecompressor(Sink *next);
    ~ZstdDecompressor() override;

    Status write(const char *data, size_t size) override;
    Status finish() override;

private:
    Sink *m_next;
    ZSTD_DCtx_s *m_ctx;
    QByteArray m_out;
    size_t m_lastHint = 1; // 0 once a frame is complete
    bool m_sawInput = false;
};

} // namespace lifeboat
