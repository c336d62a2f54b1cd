#pragma once

#include "Sink.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lifeboat {

// Collects a small decoded artifact in memory (application exports: configuration, not data),
// refusing to grow past `limit` so a wrong artifact cannot exhaust memory.
class BufferSink final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(BufferSink)

public:
    explicit BufferSink(qint64 limit = qint64(1) << 30) : m_limit(limit) {}
    Status write(const char *data, size_t size) override
    {
        if (m_data.size() + qint64(size) > m_limit)
            return fail(ErrorCode::Failed, tr("the decoded content is larger than %1 MiB, more than an export should be (is it the right backup?)").arg(m_limit >> 20));
        m_data.append(data, qsizetype(size));
        return {};
    }
    Status finish() override { return {}; }
    const QByteArray &data() const { return m_data; }

private:
    qint64 m_limit;
    QByteArray m_data;
};

} // namespace lifeboat
