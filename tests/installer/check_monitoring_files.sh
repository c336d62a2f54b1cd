#!/usr/bin/env bash
# Monitoring files in resources/monitoring against the real tools: the alert rules load and pass
# their unit tests (promtool from Debian's prometheus package); Lifeboat's real metrics output,
# after a real backup, passes `promtool check metrics`; the Grafana dashboard is valid JSON whose
# queries name only metrics Lifeboat exports.
#   check_monitoring_files.sh SOURCE_DIR LIFEBOAT_CLI
set -euo pipefail
src=$1
cli=$2
dir=$src/resources/monitoring
promtool check rules "$dir/lifeboat-alerts.yml"
(cd "$dir" && promtool test rules lifeboat-alerts.test.yml lifeboat-alerts-drill.test.yml)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sqlite3 "$work/app.db" "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t(v) VALUES ('a'), ('b');"
cat > "$work/lifeboat.toml" <<TOML
[catalog]
url = "sqlite://$work/catalog.db"
[repositories.main]
type = "local"
path = "$work/repo"
[jobs.app]
kind = "sqlite"
path = "$work/app.db"
repository = "main"
schedule = "0 2 * * *"
TOML
"$cli" --config "$work/lifeboat.toml" --quiet backup app
"$cli" --config "$work/lifeboat.toml" metrics > "$work/metrics.prom"
promtool check metrics < "$work/metrics.prom"
grep -q '^lifeboat_backup_last_success_timestamp_seconds{job="app"}' "$work/metrics.prom"
grep -q '^lifeboat_repository_capacity_bytes{repository="main"}' "$work/metrics.prom"
grep -q '^lifeboat_backup_last_run_success{job="app"} 1$' "$work/metrics.prom"

# A failed scheduled run and a damaged artifact show up line by line, and still lint clean.
cat >> "$work/lifeboat.toml" <<TOML
[jobs.broken]
kind = "sqlite"
path = "$work/missing.db"
repository = "main"
schedule = "0 2 * * *"
TOML
"$cli" --config "$work/lifeboat.toml" --quiet --run-schedule && { echo "the broken job's run should fail" >&2; exit 1; }
artifact=$(ls "$work"/repo/app/backups/*.sqlite* | grep -v meta.json | head -1)
printf 'X' | dd of="$artifact" bs=1 seek=100 conv=notrunc status=none
"$cli" --config "$work/lifeboat.toml" --quiet verify --job app && { echo "verify should find the damage" >&2; exit 1; }
"$cli" --config "$work/lifeboat.toml" metrics > "$work/metrics2.prom"
promtool check metrics < "$work/metrics2.prom"
grep -q '^lifeboat_backup_last_run_success{job="broken"} 0$' "$work/metrics2.prom"
grep -q '^lifeboat_runs_total{job="broken",task="backup",status="failed"} 1$' "$work/metrics2.prom"
grep -q '^lifeboat_verification_failures{job="app"} 1$' "$work/metrics2.prom"

python3 - "$dir/lifeboat-dashboard.json" "$work/metrics.prom" "$dir/lifeboat-alerts.yml" <<'PY'
import json, re, sys
dash = json.load(open(sys.argv[1]))
exported = set(re.findall(r"^# TYPE (\S+)", open(sys.argv[2]).read(), re.M))
# Histogram series carry suffixes; counters are exported under their _total name.
known = set(exported) | {m + s for m in exported for s in ("_bucket", "_sum", "_count")}
def check(exprs, where):
    for e in exprs:
        for name in re.findall(r"\blifeboat_[a-z0-9_]+", e):
            if name not in known:
                sys.exit(f"{where}: {name} is not a metric Lifeboat exports")
check([t["expr"] for p in dash["panels"] for t in p["targets"]], "dashboard")
check(re.findall(r"expr: (.*)", open(sys.argv[3]).read()) + re.findall(r"lifeboat_[a-z0-9_]+", open(sys.argv[3]).read()), "alert rules")
assert dash["panels"], "dashboard has no panels"
print(f"dashboard: {len(dash['panels'])} panels, every query names an exported metric")
PY
echo "monitoring files: OK"
