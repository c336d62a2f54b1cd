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
    Status flush();

    Sink *m_next;
    ZSTD_DCtx_s *m_ctx;
    // Output is decoded into a fresh chunk that is handed on as it is (Sink::push), so a stage
    // that queues it for another thread (the tar lay-down) does not copy it once more.
    QByteArray m_chunk;
    size_t m_filled = 0;
    size_t m_lastHint = 1; // 0 once a frame is complete
    bool m_sawInput = false;
};

} // namespace lifeboat
