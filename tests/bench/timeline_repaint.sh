#!/usr/bin/env bash
# Timeline picker repaint on 30 days x 10,000 commits/hour (offscreen):
# tests/bench/timeline_repaint.sh [ROUNDS=30] [SCREENSHOT.png]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
QT_QPA_PLATFORM=offscreen "$LIFEBOAT_BUILD/tests/timeline_repaint_bench" "${1:-30}" ${2:+"$2"}
