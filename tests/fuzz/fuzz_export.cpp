// The application export-file parser (MCP Gateway format, and Lifeboat's own section), read
// against the built-in profile as `import` reads a file a user hands it.
#include "appdata/AppExportReader.h"
#include "appdata/AppProfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const lifeboat::AppProfile profile = [] {
        auto p = lifeboat::AppProfile::load(QString::fromLocal8Bit(std::getenv("LIFEBOAT_FUZZ_PROFILE")));
        if (!p)
            qFatal("cannot load the profile: %s (set LIFEBOAT_FUZZ_PROFILE)", qPrintable(p.error().message));
        return *p;
    }();
    (void)lifeboat::AppExportReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), profile,
                                          QStringLiteral("/fuzz/export.json"));
    return 0;
}
