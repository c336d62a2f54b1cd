#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (incrementally, in BUILD/fuzz) and runs each on a
# copy of its seed corpus for SECONDS seconds (default 5: the short run inside the test suite;
# longer runs: tests/fuzz/run.sh BUILD 600; SECONDS "build" only builds, which installer/test.sh
# does before CTest starts, so the clang build never competes with timed tests). Exits non-zero
# when a target crashes, with the input that did it left in BUILD/fuzz/findings/TARGET.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: run.sh BUILD_DIR [SECONDS]}/fuzz
seconds=${2:-5}
if ! command -v clang++-14 >/dev/null; then
  echo "error: clang++-14 is missing (installer/bootstrap.sh installs clang-14 and libclang-rt-14-dev)" >&2
  exit 1
fi
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
fi
cmake --build "$build" -j2 >/dev/null
[[ $seconds == build ]] && exit 0
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
export LIFEBOAT_FUZZ_PROFILE=$here/../../resources/profiles/mcpgateway.json
total=0
for target in config sidecar cron export walname; do
  corpus=$build/corpus/$target
  mkdir -p "$corpus" "$build/findings/$target"
  cp -n "$here/corpus/$target/"* "$corpus/" 2>/dev/null || true
  log=$build/findings/$target.log
  if ! "$build/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$build/findings/$target/" \
      -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    echo "FAIL fuzz_$target: $(grep -m1 -E 'ERROR|runtime error|deadly signal' "$log" || tail -1 "$log") (input in $build/findings/$target)" >&2
    exit 1
  fi
  runs=$(grep -oP 'stat::number_of_executed_units:\s*\K[0-9]+' "$log" || echo 0)
  total=$((total + runs))
  echo "fuzz_$target: $runs inputs in ${seconds}s, corpus $(ls "$corpus" | wc -l) files, no crash"
done
echo "fuzzing: $total inputs over 5 targets, no crash"
