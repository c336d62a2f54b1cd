#pragma once

#include "Sink.h"

#include <QByteArray>
#include <utility>

namespace lifeboat {

// Gathers a stage's output pieces into whole chunks of kStreamChunk and hands each to `next`
// with push(): one hand-over per chunk to a stage on another thread, without a copy there.
class ChunkGatherer
{
public:
    explicit ChunkGatherer(Sink *next) : m_next(next) {}

    [[nodiscard]] Status append(const char *data, size_t size)
    {
        if (m_buffer.capacity() == 0)
            m_buffer.reserve(kCapacity);
        m_buffer.append(data, qsizetype(size));
        return size_t(m_buffer.size()) < kStreamChunk ? Status{} : flush();
    }

    // Hands over what is gathered (at the end of the stream).
    [[nodiscard]] Status flush()
    {
        if (m_buffer.isEmpty())
            return {};
        QByteArray chunk = std::exchange(m_buffer, QByteArray());
        return m_next->push(std::move(chunk));
    }

private:
    // Room for a last piece on top of a full chunk (librnp's are a few KiB, SeipdDecoder's up to
    // 256 KiB), so the buffer never grows.
    static constexpr qsizetype kCapacity = qsizetype(kStreamChunk + (256 << 10));

    Sink *m_next;
    QByteArray m_buffer;
};

} // namespace lifeboat
