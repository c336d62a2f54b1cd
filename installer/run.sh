#!/usr/bin/env bash
# The main job: builds if needed, then opens the GUI on the bundled demo workspace when a
# display exists, else runs the demo job headless and shows what it did.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

cli=$LIFEBOAT_BUILD/app/lifeboat-cli
config=$("$cli" demo init)

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  exec "$LIFEBOAT_BUILD/app/lifeboat" --config "$config"
fi

echo "No display: running the demo's scheduled jobs headless (config: $config)"
# What a systemd timer or cron runs: every job that is due (a job never backed up is due at once).
"$cli" --config "$config" --run-schedule
"$cli" --config "$config" list --job mcpgateway
echo
echo "Retention, rule by rule (nothing is removed with --dry-run):"
"$cli" --config "$config" prune --dry-run
latest=$("$cli" --config "$config" --json list --job mcpgateway | sed -n 's/^ *"artifact": "\(.*\)",$/\1/p' | head -n 1)
latest_id=${latest%%.*}
demo=$(dirname "$config")
cat <<MSG

The backup is a standard OpenPGP message around a zstd frame around an SQLite file. Without
Lifeboat it restores with (demo key only; real secret keys never sit beside the backups):
  export GNUPGHOME=\$(mktemp -d); gpg --import $demo/keys/demo-backup-key.sec.asc
  gpg -d $demo/repository/mcpgateway/backups/$latest | zstd -d > restored.db
  sqlite3 restored.db 'PRAGMA integrity_check'
With Lifeboat:  $cli --config $config restore $latest_id
MSG
