#!/usr/bin/env bash
# SQLite backup benchmark: Lifeboat (online backup + zstd -T2 + OpenPGP + SHA-256, one process)
# against the plain pipeline it replaces, `sqlite3 DB ".backup X" && zstd -T2 X && gpg -c X.zst`,
# measured side by side in the same run, alternating, ROUNDS times each. Prints medians, the
# ratio and Lifeboat's peak RSS. Not part of the default test run.
#
#   tests/bench/sqlite_backup.sh [SIZE_MB=1024] [ROUNDS=3]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
size_mb=${1:-1024}
rounds=${2:-3}
work=$(mktemp -d "${LIFEBOAT_BENCH_DIR:-/var/tmp}/lifeboat-bench.XXXXXX")
export GNUPGHOME=$work/gnupg
mkdir -m 700 "$GNUPGHOME"
trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "Creating a ${size_mb} MB SQLite database (WAL mode) in $work ..." >&2
rows=$(( size_mb * 1024 * 1024 / 420 ))
sqlite3 "$work/bench.db" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE tool_metrics(id INTEGER PRIMARY KEY, tool_id TEXT, ts TEXT, response_time REAL, ok INTEGER, detail TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < $rows)
INSERT INTO tool_metrics SELECT i, printf('c%031x', i % 240), datetime('2025-01-01', '+' || (i/10) || ' seconds'),
  (i * 2654435761 % 10007) / 1000.0, i % 23 <> 0,
  'request ' || i || ' to https://api.example.com/v1/tools/' || (i % 240) || ' ' || hex(randomblob(150)) FROM n;
SQL
ls -l "$work/bench.db" >&2

printf 'benchmark passphrase %s\n' "$RANDOM$RANDOM" > "$work/pass"
chmod 600 "$work/pass"
cat > "$work/lifeboat.toml" <<TOML
[catalog]
url = "sqlite://catalog.db"
[repositories.bench]
type = "local"
path = "repo"
[jobs.bench]
kind = "sqlite"
path = "bench.db"
repository = "bench"
compression = "zstd:3"
parallel = 2
encryption = "openpgp"
passphrase_file = "pass"
verify = "none"
TOML

/usr/bin/python3 - "$work" "$rounds" "$LIFEBOAT_BUILD/app/lifeboat-cli" <<'PY'
import os, resource, shutil, statistics, subprocess, sys, time
work, rounds, cli = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def timed(cmd, shell=False):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, shell=shell, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t

def peak_rss_kb(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, check=True, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr.strip().splitlines()[-1]
    return int(out)

def clean():
    for name in ("repo", "catalog.db", "plain.sqlite", "plain.sqlite.zst", "plain.sqlite.zst.gpg"):
        p = os.path.join(work, name)
        shutil.rmtree(p, ignore_errors=True) if os.path.isdir(p) else (os.path.exists(p) and os.remove(p))
    subprocess.run("sync", shell=True)

plain = (f"cd {work} && sqlite3 bench.db \".backup plain.sqlite\" && zstd -q -T2 plain.sqlite -o plain.sqlite.zst"
         f" && gpg --batch --yes --no-symkey-cache --pinentry-mode loopback --passphrase-file pass -c plain.sqlite.zst")
plain_nocomp = plain.replace(" -c plain", " --compress-algo none -c plain")
lifeboat = [cli, "--config", os.path.join(work, "lifeboat.toml"), "--quiet", "backup", "bench"]

results = {"lifeboat": [], "plain (gpg -c)": [], "plain (gpg -c --compress-algo none)": []}
sizes = {}
for r in range(rounds):
    clean(); results["lifeboat"].append(timed(lifeboat))
    sizes["lifeboat"] = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(os.path.join(work, "repo")) for f in fs if f.endswith(".gpg"))
    clean(); results["plain (gpg -c)"].append(timed(plain, shell=True))
    sizes["plain (gpg -c)"] = os.path.getsize(os.path.join(work, "plain.sqlite.zst.gpg"))
    clean(); results["plain (gpg -c --compress-algo none)"].append(timed(plain_nocomp, shell=True))
    sizes["plain (gpg -c --compress-algo none)"] = os.path.getsize(os.path.join(work, "plain.sqlite.zst.gpg"))
    print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in results.items()), file=sys.stderr)
clean()
rss = peak_rss_kb(lifeboat)

db = os.path.getsize(os.path.join(work, "bench.db"))
med = {k: statistics.median(v) for k, v in results.items()}
print(f"\nSQLite backup benchmark: {db / 2**20:.0f} MiB database, {rounds} rounds each, medians")
for k in results:
    print(f"  {k:40s} {med[k]:7.2f} s   artifact {sizes[k] / 2**20:8.1f} MiB")
for k in list(results)[1:]:
    print(f"  speed-up of Lifeboat over {k}: {med[k] / med['lifeboat']:.2f}x (goal >= 1.5x)")
print(f"  Lifeboat peak RSS: {rss / 1024:.0f} MiB (goal < 150 MiB)")
PY
