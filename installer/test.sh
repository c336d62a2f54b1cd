#!/usr/bin/env bash
# The whole test suite: builds if needed, then runs every test through CTest. Tests start the
# real parts they need themselves (gpg, sqlite3, the GUI offscreen). Output ends with CTest's summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
# The libFuzzer targets (clang, a build of their own) before CTest runs them for seconds each.
bash "$LIFEBOAT_ROOT/tests/fuzz/run.sh" "$LIFEBOAT_BUILD" build >&2
cd "$LIFEBOAT_BUILD"
exec ctest --output-on-failure -j2 "$@"
