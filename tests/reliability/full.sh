#!/usr/bin/env bash
# The full forms of the reliability suites (issue 14), outside the default test run: many more
# kills and damaged files than CTest's short forms, and a bigger scheduler load. Prints each
# suite's counts (the README quotes them). Usage, from the repository root after a build:
#   tests/reliability/full.sh [CRASH_TRIALS_PER_OPERATION] [CORRUPTION_CASES_PER_KIND] [JOBS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${LIFEBOAT_BUILD:-$root/build}
crash=${1:-12}        # x 7 kinds of kill (folder restores twice): 84 kills
corruption=${2:-25}   # x 2 (flip, truncate) x 4 kinds: 200 damaged files
jobs=${3:-50}
export LIFEBOAT_CLI=$build/app/lifeboat-cli LIFEBOAT_SOURCE_DIR=$root
summary() { grep -E "QINFO.*(suite|load):|Totals|FAIL" || true; }
echo "== crash suite: $crash kills per operation"
LIFEBOAT_CRASH_TRIALS=$crash "$build/tests/TestCrashSuite" 2>&1 | summary
echo "== corruption suite: $corruption cases per kind and damage"
LIFEBOAT_CORRUPTION_TRIALS=$corruption "$build/tests/TestCorruptionSuite" 2>&1 | summary
echo "== scheduler load: $jobs jobs due at once, two passes"
LIFEBOAT_LOAD_JOBS=$jobs "$build/tests/TestScheduleLoad" 2>&1 | summary
echo "== disk full"
"$build/tests/TestDiskFull" 2>&1 | summary
