// The sidecar/metadata parser (NAME.meta.json), as catalog rebuild reads it from a repository.
#include "repository/BackupMetadata.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto meta = lifeboat::BackupMetadata::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                                   QStringLiteral("/fuzz/x.meta.json"));
    if (meta)
        (void)meta->partArtifacts(); // what cleanup and prune derive from a parsed sidecar
    return 0;
}
