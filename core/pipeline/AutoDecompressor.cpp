#include "AutoDecompressor.h"

#include "GzipDecompressor.h"
#include "ZstdDecompressor.h"

namespace lifeboat {

AutoDecompressor::AutoDecompressor(Sink *next)
    : m_next(next)
{
}

AutoDecompressor::~AutoDecompressor() = default;

Status AutoDecompressor::choose()
{
    static const QByteArray zstdMagic("\x28\xb5\x2f\xfd", 4);
    static const QByteArray gzipMagic("\x1f\x8b", 2);
    if (m_head.startsWith(zstdMagic)) {
        m_inner = std::make_unique<ZstdDecompressor>(m_next);
        m_detected = QStringLiteral("zstd");
    } else if (m_head.startsWith(gzipMagic)) {
        m_inner = std::make_unique<GzipDecompressor>(m_next);
        m_detected = QStringLiteral("gzip");
    } else {
        m_detected = QStringLiteral("none");
    }
    m_target = m_inner ? m_inner.get() : m_next;
    const QByteArray head = std::exchange(m_head, {});
    return m_target->write(head.constData(), size_t(head.size()));
}

Status AutoDecompressor::write(const char *data, size_t size)
{
    if (m_target)
        return m_target->write(data, size);
    m_head.append(data, qsizetype(size));
    if (m_head.size() < 4)
        return {};
    return choose();
}

Status AutoDecompressor::finish()
{
    if (!m_target)
        LB_TRY(choose());
    return m_target->finish();
}

} // namespace lifeboat
