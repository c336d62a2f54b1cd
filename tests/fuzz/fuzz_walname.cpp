// WAL file-name parsing (segments, .history, .backup, .partial), as wal-push and wal-fetch see %p and %f.
#include "wal/WalName.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const lifeboat::WalName name = lifeboat::WalName::parse(QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (name.isValid())
        (void)name.timelineDir();
    return 0;
}
