#pragma once

#include <cstdio>

namespace lifeboat {

// Where the CLI writes its own stderr output (errors, progress, notes).
FILE *errorStream();

// librnp (Debian's build) prints internal diagnostics through the C `stderr` stream on every
// failed decryption, and cannot be told not to. Pointing `stderr` at /dev/null and giving
// Lifeboat its own stream on fd 2 keeps the one "error: ..." line alone. --verbose skips this.
void silenceLibraryDiagnostics();

} // namespace lifeboat
