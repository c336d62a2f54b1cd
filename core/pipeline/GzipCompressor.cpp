#include "GzipCompressor.h"

#include <zlib.h>

namespace lifeboat {

struct GzipCompressor::State
{
    z_stream stream{};
};

GzipCompressor::GzipCompressor(Sink *next, int level)
    : m_next(next)
    , m_state(std::make_unique<State>())
    , m_out(int(kStreamChunk / 4), Qt::Uninitialized)
{
    // windowBits 15 + 16 selects the gzip wrapper instead of zlib's.
    deflateInit2(&m_state->stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

GzipCompressor::~GzipCompressor()
{
    deflateEnd(&m_state->stream);
}

Status GzipCompressor::drive(const char *data, size_t size, int flush)
{
    z_stream &s = m_state->stream;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    s.avail_in = uInt(size);
    for (;;) {
        s.next_out = reinterpret_cast<Bytef *>(m_out.data());
        s.avail_out = uInt(m_out.size());
        const int rc = deflate(&s, flush);
        if (rc == Z_STREAM_ERROR)
            return fail(ErrorCode::Internal, QStringLiteral("zlib deflate failed"));
        const size_t produced = size_t(m_out.size()) - s.avail_out;
        if (produced > 0)
            LB_TRY(m_next->write(m_out.constData(), produced));
        if (flush == Z_FINISH ? rc == Z_STREAM_END : (s.avail_in == 0 && s.avail_out != 0))
            return {};
    }
}

Status GzipCompressor::write(const char *data, size_t size)
{
    return drive(data, size, Z_NO_FLUSH);
}

Status GzipCompressor::finish()
{
    LB_TRY(drive(nullptr, 0, Z_FINISH));
    return m_next->finish();
}

} // namespace lifeboat
