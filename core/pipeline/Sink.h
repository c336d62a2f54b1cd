#pragma once

#include "common/Result.h"

#include <cstddef>

namespace lifeboat {

// One push stage of a stream: bytes go in with write(), end-of-stream is finish().
// Stages own nothing downstream; the chain is assembled by StreamChain.
class Sink
{
public:
    virtual ~Sink() = default;
    [[nodiscard]] virtual Status write(const char *data, size_t size) = 0;
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
