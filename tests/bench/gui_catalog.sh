#!/usr/bin/env bash
# Catalog browser speed with 10,000 backups (offscreen): tests/bench/gui_catalog.sh [ROWS=10000] [ROUNDS=5]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
QT_QPA_PLATFORM=offscreen "$LIFEBOAT_BUILD/tests/catalog_view_bench" "${1:-10000}" "${2:-5}"
