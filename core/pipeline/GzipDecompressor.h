#pragma once

#include "Sink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

namespace lifeboat {

// Reads gzip members (several concatenated members too, as gunzip does); CRC errors and
// a stream that ends mid-member are Corrupt.
class GzipDecompressor final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(GzipDecompressor)

public:
    explicit GzipDecompressor(Sink *next);
    ~GzipDecompressor() override;

    Status write(const char *data, size_t size) override;
    Status finish() override;

private:
    struct State;
    Sink *m_next;
    std::unique_ptr<State> m_state;
    QByteArray m_out;
    bool m_memberOpen = false;
    bool m_sawInput = false;
};

} // namespace lifeboat
