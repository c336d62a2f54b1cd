#include "ErrorStream.h"

#include <unistd.h>

namespace lifeboat {

namespace {
FILE *ownStream = nullptr;
}

FILE *errorStream()
{
    return ownStream ? ownStream : stderr;
}

void silenceLibraryDiagnostics()
{
    if (ownStream)
        return;
    const int fd = ::dup(STDERR_FILENO);
    FILE *own = fd >= 0 ? ::fdopen(fd, "w") : nullptr;
    FILE *devnull = std::fopen("/dev/null", "w");
    if (!own || !devnull)
        return;
    std::setvbuf(own, nullptr, _IONBF, 0);
    ownStream = own;
    stderr = devnull;
}

} // namespace lifeboat
