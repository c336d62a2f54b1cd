#include "ZstdCompressor.h"

#include <zstd.h>

namespace lifeboat {

ZstdCompressor::ZstdCompressor(Sink *next, int level, int workers)
    : m_next(next)
    , m_ctx(ZSTD_createCCtx())
    , m_out(int(ZSTD_CStreamOutSize()), Qt::Uninitialized)
{
    ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_checksumFlag, 1);
    if (workers > 0)
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_nbWorkers, workers); // ignored if built without threads
}

ZstdCompressor::~ZstdCompressor()
{
    ZSTD_freeCCtx(m_ctx);
}

Status ZstdCompressor::drive(const char *data, size_t size, bool end)
{
    ZSTD_inBuffer in{data, size, 0};
    for (;;) {
        ZSTD_outBuffer out{m_out.data(), size_t(m_out.size()), 0};
        const size_t rc = ZSTD_compressStream2(m_ctx, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(rc))
            return fail(ErrorCode::Internal, QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(rc))));
        if (out.pos > 0)
            LB_TRY(m_next->write(m_out.constData(), out.pos));
        // In multi-threaded mode input may be only partly consumed per call: loop until done.
        if (end ? rc == 0 : in.pos == in.size)
            return {};
    }
}

Status ZstdCompressor::write(const char *data, size_t size)
{
    return drive(data, size, false);
}

Status ZstdCompressor::finish()
{
    LB_TRY(drive(nullptr, 0, true));
    return m_next->finish();
}

} // namespace lifeboat
