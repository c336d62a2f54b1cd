#include "GzipDecompressor.h"

#include <zlib.h>

namespace lifeboat {

struct GzipDecompressor::State
{
    z_stream stream{};
};

GzipDecompressor::GzipDecompressor(Sink *next)
    : m_next(next)
    , m_state(std::make_unique<State>())
    , m_out(int(kStreamChunk / 4), Qt::Uninitialized)
{
    inflateInit2(&m_state->stream, 15 + 16);
}

GzipDecompressor::~GzipDecompressor()
{
    inflateEnd(&m_state->stream);
}

Status GzipDecompressor::write(const char *data, size_t size)
{
    z_stream &s = m_state->stream;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    s.avail_in = uInt(size);
    if (size > 0)
        m_sawInput = true;
    while (s.avail_in > 0) {
        m_memberOpen = true;
        s.next_out = reinterpret_cast<Bytef *>(m_out.data());
        s.avail_out = uInt(m_out.size());
        const int rc = inflate(&s, Z_NO_FLUSH);
        const size_t produced = size_t(m_out.size()) - s.avail_out;
        if (produced > 0)
            LB_TRY(m_next->write(m_out.constData(), produced));
        if (rc == Z_STREAM_END) {
            m_memberOpen = false;
            inflateReset(&s);
        } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR) {
            return fail(ErrorCode::Corrupt,
                        tr("gzip data is corrupt: %1").arg(QString::fromLatin1(s.msg ? s.msg : "invalid data")));
        } else if (rc == Z_BUF_ERROR && s.avail_in > 0 && s.avail_out > 0) {
            return fail(ErrorCode::Corrupt, tr("gzip data is corrupt"));
        }
    }
    return {};
}

Status GzipDecompressor::finish()
{
    // Drain what zlib still buffers for a member whose trailer has not been seen.
    if (m_memberOpen) {
        z_stream &s = m_state->stream;
        for (;;) {
            s.next_out = reinterpret_cast<Bytef *>(m_out.data());
            s.avail_out = uInt(m_out.size());
            const int rc = inflate(&s, Z_FINISH);
            const size_t produced = size_t(m_out.size()) - s.avail_out;
            if (produced > 0)
                LB_TRY(m_next->write(m_out.constData(), produced));
            if (rc == Z_STREAM_END) {
                m_memberOpen = false;
                break;
            }
            if (produced == 0)
                break;
        }
    }
    if (!m_sawInput || m_memberOpen)
        return fail(ErrorCode::Corrupt, tr("gzip data is truncated: the stream ends inside a member"));
    return m_next->finish();
}

} // namespace lifeboat
