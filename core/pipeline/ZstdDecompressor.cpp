#include "ZstdDecompressor.h"

#include <zstd.h>

namespace lifeboat {

namespace {
constexpr qsizetype kChunk = 1 << 20;
}

ZstdDecompressor::ZstdDecompressor(Sink *next)
    : m_next(next)
    , m_ctx(ZSTD_createDCtx())
{
}

ZstdDecompressor::~ZstdDecompressor()
{
    ZSTD_freeDCtx(m_ctx);
}

Status ZstdDecompressor::write(const char *data, size_t size)
{
    if (size > 0)
        m_sawInput = true;
    ZSTD_inBuffer in{data, size, 0};
    // Call again while the output buffer came back full: zstd may hold more for this input,
    // unless the frame just ended and was flushed (hint 0). Calling then with nothing to do
    // would reset the end-of-frame hint, and content that is an exact multiple of the output
    // buffer (a 16 MiB WAL segment) would look truncated.
    bool outputFull = false;
    while (in.pos < in.size || (outputFull && m_lastHint != 0)) {
        if (m_chunk.isEmpty()) {
            m_chunk = QByteArray(kChunk, Qt::Uninitialized);
            m_filled = 0;
        }
        ZSTD_outBuffer out{m_chunk.data() + m_filled, size_t(kChunk) - m_filled, 0};
        const size_t rc = ZSTD_decompressStream(m_ctx, &out, &in);
        if (ZSTD_isError(rc))
            return fail(ErrorCode::Corrupt, tr("zstd data is corrupt: %1").arg(QString::fromLatin1(ZSTD_getErrorName(rc))));
        m_lastHint = rc;
        outputFull = out.pos == out.size;
        m_filled += out.pos;
        if (m_filled == size_t(kChunk))
            LB_TRY(flush());
    }
    // Everything this input decodes to is passed on before write() returns, as before.
    return flush();
}

Status ZstdDecompressor::flush()
{
    if (m_filled == 0)
        return {};
    QByteArray chunk = std::move(m_chunk);
    chunk.truncate(qsizetype(m_filled));
    m_chunk = QByteArray();
    m_filled = 0;
    return m_next->push(std::move(chunk));
}

Status ZstdDecompressor::finish()
{
    if (!m_sawInput || m_lastHint != 0)
        return fail(ErrorCode::Corrupt, tr("zstd data is truncated: the stream ends inside a frame"));
    return m_next->finish();
}

} // namespace lifeboat
