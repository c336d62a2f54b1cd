// The TOML config parser: any bytes give a Config or an error naming file and line, never a crash.
#include "config/ConfigLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)lifeboat::ConfigLoader::loadString(text, QStringLiteral("/fuzz/lifeboat.toml"));
    (void)lifeboat::ConfigLoader::parseCompression(text.left(64));
    return 0;
}
