#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <cstddef>

namespace lifeboat {

// One push stage of a stream: bytes go in with write(), end-of-stream is finish().
// Stages own nothing downstream; the chain is assembled by StreamChain.
class Sink
{
public:
    virtual ~Sink() = default;
    [[nodiscard]] virtual Status write(const char *data, size_t size) = 0;
    // The same as write(), for a chunk the stage may keep instead of copying (a stage that
    // queues for another thread takes it over). Stages that pass data on unchanged forward it.
    [[nodiscard]] virtual Status push(QByteArray chunk) { return write(chunk.constData(), size_t(chunk.size())); }
    [[nodiscard]] virtual Status finish() = 0;
};

// Discards everything (decode-level verification only needs the hashes).
class NullSink final : public Sink
{
public:
    Status write(const char *, size_t) override { return {}; }
    Status finish() override { return {}; }
};

// Chunk size for reading sources and the granularity of progress and cancellation checks.
constexpr size_t kStreamChunk = 1 << 20;

} // namespace lifeboat
