#!/usr/bin/env bash
# WAL event index benchmark (issue: >= 100 MB/s of WAL on 2 cores). A private PostgreSQL 15
# archives through Lifeboat's wal-push (zstd:1, OpenPGP) while pgbench runs until at least
# WAL_MB of WAL is archived; then, alternating, ROUNDS times each, in one run:
#
#   lifeboat     timeline --rebuild --summary: decrypt, decompress, check, pg_waldump, parse,
#                store commits and events in the catalog (the whole index from nothing)
#   pipeline     the plain tools a DBA would chain for the same facts: gpg -d | zstd -d per
#                segment into a folder, then pg_waldump over it (output discarded)
#   waldump      pg_waldump alone over already decoded WAL (the floor: no decoding at all)
#
# Prints medians in MB/s of WAL and ratios. Not part of the default test run.
#
#   tests/bench/wal_index.sh [ROUNDS=3] [WAL_MB=1100]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
rounds=${1:-3}
wal_mb=${2:-1100}
bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d "${LIFEBOAT_BENCH_DIR:-/var/tmp}/lifeboat-walindexbench.XXXXXX")
chmod 755 "$work"
stop() {
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
cp "$LIFEBOAT_BUILD/app/lifeboat-cli" "$LIFEBOAT_BUILD/app/lifeboat-cli-full" "$LIFEBOAT_ROOT/resources/demo/demo-backup-key.pub.asc" \
   "$LIFEBOAT_ROOT/resources/demo/demo-backup-key.sec.asc" "$work/"
mkdir -p "$work/sock" "$work/tmp"
cat > "$work/lifeboat.toml" <<TOML
[catalog]
url = "sqlite://$work/catalog.db"
[repositories.bench]
type = "local"
path = "$work/repo"
[jobs.bench]
kind = "postgresql-cluster"
conninfo = "host=$work/sock port=5434 user=postgres dbname=postgres"
repository = "bench"
compression = "zstd:1"
verify = "none"
encryption = "openpgp"
recipients = ["$work/demo-backup-key.pub.asc"]
secret_keys = ["$work/demo-backup-key.sec.asc"]
TOML
chown -R postgres "$work"
runuser -u postgres -- "$bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
cat >> "$work/pg/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$work/sock'
port = 5434
archive_mode = on
archive_command = '$work/lifeboat-cli --config $work/lifeboat.toml wal-push bench %p'
max_wal_size = 4GB
CONF
runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -w -l "$work/sock/pg.log" start >/dev/null
export PGHOST=$work/sock PGPORT=5434 PGUSER=postgres
"$bin/pgbench" -i -q -s 20 postgres >/dev/null 2>&1
echo "generating at least $wal_mb MB of WAL with pgbench ..." >&2
while :; do
  bytes=$("$bin/psql" -qAtX -c "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn" postgres)
  (( bytes / 1000000 >= wal_mb )) && break
  "$bin/pgbench" -c 4 -j 2 -T 30 postgres >/dev/null 2>&1
done
"$bin/psql" -qAtX -c "SELECT pg_switch_wal()" postgres >/dev/null
last=$("$bin/psql" -qAtX -c "SELECT pg_walfile_name(pg_current_wal_lsn() - 1)" postgres)
for _ in $(seq 600); do
  [[ "$("$bin/psql" -qAtX -c "SELECT last_archived_wal >= '$last' FROM pg_stat_archiver" postgres)" == t ]] && break
  sleep 0.5
done
runuser -u postgres -- env GNUPGHOME="$work/gnupg" sh -c "mkdir -m 700 -p $work/gnupg && gpg --batch -q --import $work/demo-backup-key.sec.asc" 2>/dev/null

/usr/bin/python3 - "$work" "$rounds" <<'PY'
import glob, json, os, shutil, statistics, subprocess, sys, time
work, rounds = sys.argv[1], int(sys.argv[2])
bin_ = "/usr/lib/postgresql/15/bin"
env = dict(os.environ, TZ="UTC", GNUPGHOME=f"{work}/gnupg", LIFEBOAT_TMPDIR=f"{work}/tmp")

def sh(cmd):
    p = subprocess.run(["runuser", "-u", "postgres", "--", "sh", "-c", cmd], cwd=work, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {cmd}\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return p

files = sorted(f for f in glob.glob(f"{work}/repo/bench/wal/00000001/*") if len(os.path.basename(f).split("-")[0]) == 24)
names = [os.path.basename(f).split("-")[0] for f in files]
wal_bytes = len(files) * 16 * 2**20
plain = f"{work}/plain"
os.makedirs(plain, exist_ok=True); shutil.chown(plain, "postgres")
for f, n in zip(files, names):  # once, untimed: the floor's input
    sh(f"gpg --batch -q -d {f} | zstd -q -d > {plain}/{n}")

def lifeboat():
    t = time.perf_counter()
    out = sh(f"{work}/lifeboat-cli --config {work}/lifeboat.toml --json timeline bench --rebuild --summary").stdout
    wall = time.perf_counter() - t
    d = json.loads(out)
    assert d["update"]["segments_read"] == len(files), d["update"]
    return wall, d["update"]["commits"]

def pipeline():
    dest = f"{work}/pipe"
    shutil.rmtree(dest, ignore_errors=True); os.makedirs(dest); shutil.chown(dest, "postgres")
    t = time.perf_counter()
    sh("; ".join(f"gpg --batch -q -d {f} | zstd -q -d > {dest}/{n}" for f, n in zip(files, names)))
    sh(f"{bin_}/pg_waldump -p {dest} {names[0]} {names[-1]} > /dev/null")
    return time.perf_counter() - t

def waldump():
    t = time.perf_counter()
    sh(f"{bin_}/pg_waldump -p {plain} {names[0]} {names[-1]} > /dev/null")
    return time.perf_counter() - t

times = {"lifeboat": [], "pipeline": [], "waldump": []}
commits = 0
for r in range(rounds):
    order = [("lifeboat", lifeboat), ("pipeline", pipeline), ("waldump", waldump)]
    if r % 2:
        order.reverse()
    for name, fn in order:
        v = fn()
        if name == "lifeboat":
            v, commits = v
        times[name].append(v)
        print(f"  round {r + 1} {name}: {wal_bytes / 1e6 / v:.0f} MB/s", file=sys.stderr)

med = {k: statistics.median(v) for k, v in times.items()}
rate = {k: wal_bytes / 1e6 / v for k, v in med.items()}
print(f"\nWAL event index benchmark: {len(files)} segments ({wal_bytes / 1e6:.0f} MB of pgbench WAL, zstd:1 + OpenPGP), "
      f"{commits} commits, {rounds} rounds, medians")
print(f"  lifeboat timeline --rebuild   {rate['lifeboat']:7.0f} MB/s   (goal >= 100)")
print(f"  gpg | zstd, then pg_waldump   {rate['pipeline']:7.0f} MB/s   lifeboat / pipeline = {med['pipeline'] / med['lifeboat']:.2f}x")
print(f"  pg_waldump on plain WAL       {rate['waldump']:7.0f} MB/s   lifeboat / waldump  = {med['waldump'] / med['lifeboat']:.2f}x")
PY
