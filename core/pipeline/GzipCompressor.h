#pragma once

#include "Sink.h"

#include <QByteArray>
#include <memory>

namespace lifeboat {

// gzip (RFC 1952) member writer over zlib; what `gunzip` and the seed's .sql.gz read.
class GzipCompressor final : public Sink
{
public:
    GzipCompressor(Sink *next, int level);
    ~GzipCompressor() override;

    Status write(const char *data, size_t size) override;
    Status finish() override;

private:
    Status drive(const char *data, size_t size, int flush);

    struct State;
    Sink *m_next;
    std::unique_ptr<State> m_state;
    QByteArray m_out;
};

} // namespace lifeboat
