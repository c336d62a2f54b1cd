#!/usr/bin/env bash
# The scheduling files in installer/ are what operators install: systemd units that
# systemd-analyze accepts without a single warning, a cron.d line of the right shape that calls
# --run-schedule, and a Kubernetes CronJob that forbids overlap and mounts repository and secrets.
# Usage: check_schedule_files.sh SOURCE_DIR LIFEBOAT_CLI
set -euo pipefail
src=$1
cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
say() { echo "$*" >&2; status=1; }

# systemd: verify copies whose ExecStart points at this build (verify checks that it exists).
for unit in "$src"/installer/systemd/*; do
  sed -e "s#/usr/bin/lifeboat-cli#$cli#" -e 's#^User=lifeboat#User=root#' -e 's#^Group=lifeboat#Group=root#' "$unit" >"$work/$(basename "$unit")"
done
if ! systemd-analyze verify "$work"/*.service "$work"/*.timer 2>"$work/verify.err" || [[ -s $work/verify.err ]]; then
  say "systemd-analyze verify: $(cat "$work/verify.err")"
fi
grep -q '^ExecStart=/usr/bin/lifeboat-cli --run-schedule$' "$src/installer/systemd/lifeboat-schedule.service" || say "the service does not run lifeboat-cli --run-schedule"
grep -q '^Unit=lifeboat-schedule.service$' "$src/installer/systemd/lifeboat-schedule.timer" || say "the timer does not start lifeboat-schedule.service"

# cron.d: five time fields, a user, then the command.
line=$(grep -v '^#' "$src/installer/cron/lifeboat" | grep -E '^[^A-Z]' | grep -v '^$')
[[ $(wc -l <<<"$line") -eq 1 ]] || say "cron.d file should hold exactly one job line"
read -r m h dom mon dow user command <<<"$line"
[[ $user == lifeboat ]] || say "cron.d line runs as '$user', expected lifeboat"
[[ $command == *"lifeboat-cli --quiet --run-schedule"* ]] || say "cron.d line does not call --run-schedule: $command"
"$cli" --run-schedule --help >/dev/null || say "lifeboat-cli --run-schedule --help failed"

# Kubernetes: CronJob with concurrencyPolicy Forbid, the repository volume and a Secret.
/usr/bin/python3 - "$src/installer/kubernetes/lifeboat-cronjob.yaml" "$work" <<'PY' || status=1
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
jobs = [d for d in docs if d["kind"] == "CronJob"]
assert len(jobs) == 1, "one CronJob expected"
spec = jobs[0]["spec"]
assert spec["concurrencyPolicy"] == "Forbid", "concurrencyPolicy must be Forbid"
pod = spec["jobTemplate"]["spec"]["template"]["spec"]
container = pod["containers"][0]
assert "--run-schedule" in container["args"], "the container must run --run-schedule"
volumes = {v["name"]: v for v in pod["volumes"]}
assert any("secret" in v for v in volumes.values()), "credentials must come from a Secret"
assert any("persistentVolumeClaim" in v for v in volumes.values()), "the repository needs a persistent volume"
mounts = {m["name"] for m in container["volumeMounts"]}
assert set(volumes) <= mounts, "every volume must be mounted"
config = [d for d in docs if d["kind"] == "ConfigMap"][0]["data"]["lifeboat.toml"]
assert "password_file" in config and "PASSWORD" not in config.upper().replace("PASSWORD_FILE", ""), "no secrets in the ConfigMap"
open(sys.argv[2] + "/k8s.toml", "w").write(config.replace("/var/lib/lifeboat", sys.argv[2]))
PY
# The ConfigMap's config is one lifeboat-cli accepts (its data folder moved into the scratch folder).
"$cli" --config "$work/k8s.toml" list >/dev/null 2>"$work/k8s.err" || say "the CronJob's lifeboat.toml does not load: $(cat "$work/k8s.err")"
exit $status
