#!/usr/bin/env bash
# Renders every screen under Xvfb on a throwaway demo workspace (two backups made first) and
# writes PNGs to OUT_DIR (default build/screenshots), in English, German and French.
# Not part of the default test run; installs Xvfb and ImageMagick's `import` when missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
out=${1:-$LIFEBOAT_BUILD/screenshots}
mkdir -p "$out"
for tool in Xvfb:xvfb import:imagemagick xdotool:xdotool; do
  command -v "${tool%%:*}" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tool##*:}" >&2
done
export LIFEBOAT_DEMO_DIR
LIFEBOAT_DEMO_DIR=$(mktemp -d)
trap 'rm -rf "$LIFEBOAT_DEMO_DIR"; kill $xvfb 2>/dev/null || true' EXIT
config=$("$LIFEBOAT_BUILD/app/lifeboat-cli" demo init)
"$LIFEBOAT_BUILD/app/lifeboat-cli" --config "$config" --quiet --run-schedule
"$LIFEBOAT_BUILD/app/lifeboat-cli" --config "$config" --quiet backup mcpgateway --label "before the upgrade"

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
for lang in en_US de_DE fr_FR; do
  DISPLAY=$display LANG=$lang.UTF-8 "$LIFEBOAT_BUILD/app/lifeboat" --config "$config" &
  app=$!
  sleep 3
  # The window opens on the dashboard.
  DISPLAY=$display import -window root "$out/dashboard-$lang.png"
  DISPLAY=$display xdotool mousemove 65 40 click 1
  sleep 1
  DISPLAY=$display import -window root "$out/jobs-$lang.png"
  DISPLAY=$display xdotool mousemove 65 66 click 1
  sleep 1
  DISPLAY=$display xdotool mousemove 400 95 click 1
  sleep 1
  DISPLAY=$display import -window root "$out/catalog-$lang.png"
  # Double-click the newest backup: the restore wizard opens over the window.
  DISPLAY=$display xdotool mousemove 400 95 click --repeat 2 --delay 80 1
  sleep 1
  DISPLAY=$display import -window root "$out/restore-wizard-$lang.png"
  DISPLAY=$display xdotool key Return
  sleep 1
  DISPLAY=$display import -window root "$out/restore-wizard-target-$lang.png"
  DISPLAY=$display xdotool key Escape
  sleep 0.5
  # Navigation rows are 26 px apart: Dashboard, Jobs, Catalog, Drills, Reports, Export / import, Settings.
  DISPLAY=$display xdotool mousemove 65 144 click 1
  sleep 1
  DISPLAY=$display import -window root "$out/export-import-$lang.png"
  DISPLAY=$display xdotool mousemove 65 170 click 1
  sleep 1
  DISPLAY=$display import -window root "$out/settings-$lang.png"
  kill $app; wait $app 2>/dev/null || true
  ls "$out"/*-$lang.png
done
# Every page of the wizard (SQLite and PostgreSQL options) and the point-in-time picker over a
# real archiving server, rendered offscreen by their tests.
LIFEBOAT_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=offscreen "$LIFEBOAT_BUILD/tests/TestRestoreWizard" >/dev/null
LIFEBOAT_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=offscreen "$LIFEBOAT_BUILD/tests/TestPitrWizard" >/dev/null
# The picker on 30 days of generated data, 10,000 commits an hour.
QT_QPA_PLATFORM=offscreen "$LIFEBOAT_BUILD/tests/timeline_repaint_bench" 3 "$out/timeline-30-days.png" >/dev/null
ls "$out"/wizard-*.png "$out/timeline-30-days.png"
