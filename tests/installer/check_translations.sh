#!/usr/bin/env bash
# Fails when a user-visible string has no German or French translation: runs lupdate over the
# sources into copies of translations/*.ts (the checked-in files stay untouched) and counts the
# entries left unfinished. Fix: cmake --build build --target update_translations, then
# translations/tools/phrasebook.py + fill.py (translations/tools).
set -euo pipefail
root=${1:?usage: check_translations.sh SOURCE_DIR}
lupdate=$(command -v lupdate6 || true)
[[ -n $lupdate ]] || lupdate=/usr/lib/qt6/bin/lupdate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/translations/lifeboat_*.ts; do
  copy=$work/$(basename "$ts")
  cp "$ts" "$copy"
  "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$root/core" "$root/ui" "$root/app" -ts "$copy" >/dev/null 2>&1
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  total=$(grep -c '<source>' "$copy" || true)
  if ((unfinished > 0)); then
    echo "FAIL $(basename "$ts"): $unfinished of $total strings untranslated or new, e.g.:" >&2
    grep -B3 'type="unfinished"' "$copy" | grep -o '<source>.*</source>' | head -5 >&2
    status=1
  else
    echo "$(basename "$ts"): all $total strings translated"
  fi
done
exit $status
