#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>

namespace lifeboat {

// A WAL file mapped read-only and faulted in at once: on virtual machines each page fault costs,
// and a 16 MiB copy into fresh memory is 4096 of them.
class MappedWal
{
    Q_DECLARE_TR_FUNCTIONS(MappedWal)

public:
    MappedWal() = default;
    ~MappedWal();
    Q_DISABLE_COPY_MOVE(MappedWal)

    [[nodiscard]] Status open(const QString &path);
    // Valid while this object lives.
    QByteArray bytes() const { return QByteArray::fromRawData(static_cast<const char *>(m_data), qsizetype(m_size)); }

private:
    void *m_data = nullptr;
    size_t m_size = 0;
};

} // namespace lifeboat
