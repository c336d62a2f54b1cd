#!/usr/bin/env bash
# Physical backup, lay-down and WAL archiving benchmark. For each dataset (pgbench at SCALE,
# then a "realistic" table of md5 text, numeric, timestamptz and jsonb) it starts a private
# PostgreSQL 15 and measures, alternating, ROUNDS times each, in one run:
#
#   base backup  Lifeboat (its own BASE_BACKUP stream, zstd:1, OpenPGP public key, both SHA-256s)
#                pg_basebackup -Ft -X fetch --compress=client-zstd:1
#                pgBackRest 2.45 full backup (compress-type zst, process-max 2)
#   lay down     Lifeboat pitr --immediate (decrypt, decompress, unpack, recovery settings, durable)
#                pgbackrest restore
#                alternating who goes first, each after a sync and (as root) dropped caches
#   wal-push     single calls per 16 MiB segment: Lifeboat wal-push, pgbackrest archive-push, cp + sync
#                as archive_command under pgbench load (median, p95 of the call time; Lifeboat with
#                its resident helper, the default archive_helper = "stream"), and pgbench's tps then
#                sustained rate: a backlog of .ready segments drained by the server's archiver
#                (Lifeboat with archive_helper = "off": the calls' own push-ahead)
#
# Prints medians and ratios. Everything runs as the postgres user, as on a database host.
# Not part of the default test run.
#
#   tests/bench/pg_pitr.sh [ROUNDS=3] [PGBENCH_SCALE=30] [REALISTIC_ROWS=1500000]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
rounds=${1:-3}
scale=${2:-30}
rows=${3:-1500000}
dpkg-query -W -f='${Status}' pgbackrest 2>/dev/null | grep -q "install ok installed" ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pgbackrest >&2

bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d "${LIFEBOAT_BENCH_DIR:-/var/tmp}/lifeboat-pitrbench.XXXXXX")
chmod 755 "$work"
chown postgres "$work"
stop() {
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  # The server log (with the helper's lines) and the call times of the last dataset, to read after.
  mkdir -p /var/tmp/lifeboat-pitrbench-last && cp "$work"/sock/pg.log "$work"/calls-*.log /var/tmp/lifeboat-pitrbench-last/ 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
cp "$LIFEBOAT_BUILD/app/lifeboat-cli" "$LIFEBOAT_BUILD/app/lifeboat-cli-full" "$LIFEBOAT_ROOT/resources/demo/demo-backup-key.pub.asc" "$LIFEBOAT_ROOT/resources/demo/demo-backup-key.sec.asc" "$work/"
cat > "$work/timed.sh" <<'SH'
#!/bin/sh
# archive_command wrapper: runs the push and appends its duration in microseconds to $1.
log=$1; shift
s=$(date +%s%N); "$@"; rc=$?; e=$(date +%s%N)
echo $(( (e - s) / 1000 )) >> "$log"
exit $rc
SH
chmod 755 "$work/timed.sh"

for dataset in ${LIFEBOAT_BENCH_DATASETS:-pgbench realistic}; do
  runuser -u postgres -- rm -rf "$work/pg" "$work/repo" "$work/pgbr" "$work/walsrc" "$work/catalog.db"
  runuser -u postgres -- mkdir -p "$work/sock" "$work/walsrc" "$work/pgbr"
  echo "[$dataset] starting PostgreSQL 15 ..." >&2
  runuser -u postgres -- "$bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
  cat >> "$work/pg/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$work/sock'
port = 5433
archive_mode = on
archive_command = 'cp %p $work/walsrc/%f'
max_wal_size = 4GB
CONF
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -w -l "$work/sock/pg.log" start >/dev/null
  export PGHOST=$work/sock PGPORT=5433 PGUSER=postgres
  if [[ $dataset == pgbench ]]; then
    echo "[$dataset] loading pgbench scale $scale ..." >&2
    "$bin/pgbench" -i -q -s "$scale" postgres >/dev/null 2>&1
  else
    echo "[$dataset] loading $rows realistic rows ..." >&2
    "$bin/psql" -q -X -v ON_ERROR_STOP=1 postgres <<SQL
CREATE TABLE orders (id bigint PRIMARY KEY, ref text, amount numeric(12,2), placed timestamptz, doc jsonb);
INSERT INTO orders
SELECT i, md5(i::text), (i % 100000) / 7.0, timestamptz '2024-01-01' + i * interval '13 seconds',
       jsonb_build_object('sku', 'SKU-' || (i % 5000), 'qty', i % 17, 'channel', (ARRAY['web','shop','phone'])[1 + i % 3],
                          'note', md5((i * 7)::text), 'tags', jsonb_build_array('t' || (i % 9), 'x'))
FROM generate_series(1, $rows) i;
CREATE INDEX orders_placed ON orders (placed);
SQL
    "$bin/pgbench" -i -q -s 5 postgres >/dev/null 2>&1 # tables for the load phase
  fi
  "$bin/psql" -qAtX -c "CHECKPOINT" -c "SELECT pg_switch_wal()" postgres >/dev/null
  sleep 2
  cat > "$work/lifeboat.toml" <<TOML
[catalog]
url = "sqlite://$work/catalog.db"
[repositories.bench]
type = "local"
path = "$work/repo"
[jobs.pg]
kind = "postgresql-cluster"
conninfo = "host=$work/sock port=5433 user=postgres dbname=postgres"
repository = "bench"
parallel = 2
compression = "zstd:1"
verify = "none"
encryption = "openpgp"
recipients = ["$work/demo-backup-key.pub.asc"]
secret_keys = ["$work/demo-backup-key.sec.asc"]
TOML
  cat > "$work/pgbackrest.conf" <<CONF
[global]
repo1-path=$work/pgbr
compress-type=zst
process-max=2
log-level-console=error
log-level-file=off
lock-path=$work/pgbr-lock
spool-path=$work/pgbr-spool
start-fast=y
archive-check=n
repo1-retention-full=9999999
[bench]
pg1-path=$work/pg
pg1-socket-path=$work/sock
pg1-port=5433
CONF
  chown -R postgres "$work"
  runuser -u postgres -- pgbackrest --config="$work/pgbackrest.conf" --stanza=bench stanza-create >/dev/null
  /usr/bin/python3 - "$work" "$rounds" "$dataset" <<'PY'
import glob, os, shutil, statistics, subprocess, sys, time
work, rounds, dataset = sys.argv[1], int(sys.argv[2]), sys.argv[3]
bin_ = "/usr/lib/postgresql/15/bin"
cli = f"{work}/lifeboat-cli --config {work}/lifeboat.toml --quiet"
pgbr = f"pgbackrest --config={work}/pgbackrest.conf --stanza=bench"
env = dict(os.environ, PGHOST=f"{work}/sock", PGPORT="5433", PGUSER="postgres")

def sh(cmd, check=True):
    p = subprocess.run(["runuser", "-u", "postgres", "--", "sh", "-c", cmd], cwd=work, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {cmd}\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return p

def timed(cmd):
    t = time.perf_counter(); sh(cmd); return time.perf_counter() - t

def sql(q):
    return sh(f"{bin_}/psql -qAtX -c \"{q}\" postgres").stdout.strip()

def reload(command):
    sql(f"ALTER SYSTEM SET archive_command = '{command}'")
    sql("SELECT pg_reload_conf()"); time.sleep(0.5)

def wait_archived(timeout=600):
    target = sql("SELECT pg_walfile_name(pg_current_wal_lsn())")
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        ready = glob.glob(f"{work}/pg/pg_wal/archive_status/*.ready")
        if not ready:
            return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit("archiving did not finish")

def settle():
    # Before a timed lay-down: write back what earlier steps left dirty (the backups just taken,
    # the removed copies), so that neither tool pays for another's writeback; then, as root,
    # drop the caches, so the repository is read cold as in a real restore and this machine's
    # journal-less ext4 does not scan the just-deleted inodes' cached table blocks for every new
    # file (it made times climb round by round); then load both programs once (warm binaries).
    # LIFEBOAT_BENCH_WARM=1 keeps the caches.
    subprocess.run(["sync"], check=True)
    if os.geteuid() == 0 and not os.environ.get("LIFEBOAT_BENCH_WARM"):
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
    sh(f"{work}/lifeboat-cli-full --version >/dev/null; pgbackrest version >/dev/null")

def pct(values, p):
    values = sorted(values); return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

size = int(sql("SELECT sum(pg_database_size(oid)) FROM pg_database"))
t = {k: [] for k in ("lb_base", "pg_basebackup", "pgbr_base", "lb_laydown", "pgbr_restore")}
for r in range(rounds):
    sh(f"rm -rf {work}/repo/pg/backups {work}/bb {work}/pgbr/* {work}/pgbr-lock")
    sh(f"{pgbr} stanza-create")
    # Base backups take turns going first (rotated each round), each after a sync.
    bases = [("lb_base", f"{cli} backup pg"),
             ("pg_basebackup", f"{bin_}/pg_basebackup -D {work}/bb -Ft -X fetch --compress=client-zstd:1 --checkpoint=fast"),
             ("pgbr_base", f"{pgbr} --type=full backup")]
    for key, command in bases[r % 3:] + bases[:r % 3]:
        subprocess.run(["sync"], check=True)
        t[key].append(timed(command))
    # Lay-downs alternate who goes first, each into a fresh folder after settle().
    laydowns = [("lb_laydown", f"{cli} pitr pg --pgdata {work}/lay1 --immediate"),
                ("pgbr_restore", f"{pgbr} --pg1-path={work}/lay2 --type=immediate restore")]
    for key, command in (laydowns if r % 2 == 0 else laydowns[::-1]):
        sh(f"rm -rf {work}/lay1 {work}/lay2")
        settle()
        t[key].append(timed(command))
    print(f"[{dataset}] round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in t.items()), file=sys.stderr)
med = {k: statistics.median(v) for k, v in t.items()}
sh(f"rm -rf {work}/lay1 {work}/lay2 {work}/bb")

# Single calls on real segments written by the data load (no archive_status beside them, so no
# pushing ahead: the plain cost of one call).
segments = sorted(f for f in glob.glob(f"{work}/walsrc/*") if len(os.path.basename(f)) == 24 and os.path.getsize(f) == 16 << 20)[-20:]
single = {"lifeboat": [], "pgbackrest": [], "cp": []}
for r in range(rounds):
    sh(f"rm -rf {work}/repo/pg/wal {work}/pgbr/* {work}/cpdest && mkdir -p {work}/cpdest")
    sh(f"{pgbr} stanza-create")
    for seg in segments:
        name = os.path.basename(seg)
        single["lifeboat"].append(timed(f"{cli} wal-push pg {seg}"))
        single["pgbackrest"].append(timed(f"{pgbr} archive-push {seg}"))
        single["cp"].append(timed(f"cp {seg} {work}/cpdest/{name} && sync {work}/cpdest/{name}"))

# Under load and as a backlog, through the server's own archiver.
load = {}
rate = {}
tps = {}
first = {}
tools = [("lifeboat", f"{work}/lifeboat-cli --config {work}/lifeboat.toml wal-push pg %p"),
         ("pgbackrest", f"{pgbr} archive-push %p")]
# The first tool's pgbench phase follows the data load and so gets more WAL (full-page writes):
# alternate who goes first between datasets.
if dataset == "realistic":
    tools.reverse()
for tool, command in tools:
    sh(f"rm -rf {work}/repo/pg/wal {work}/pgbr/* {work}/calls-{tool}.log")
    sh(f"{pgbr} stanza-create")
    reload(f"{work}/timed.sh {work}/calls-{tool}.log {command}")
    # Steady load, not a cold start: one call first (for Lifeboat it starts the resident
    # helper, which then stays for 10 idle minutes), reported on its own.
    sql("CREATE TABLE IF NOT EXISTS warmup (i int)")
    sql("INSERT INTO warmup VALUES (1)")
    sql("SELECT pg_switch_wal()")
    wait_archived()
    first[tool] = [int(x) / 1e6 for x in open(f"{work}/calls-{tool}.log").read().split()]
    os.remove(f"{work}/calls-{tool}.log")
    bench = sh(f"{bin_}/pgbench -n -T 30 -c 4 -j 2 postgres").stdout
    tps[tool] = float(next(l.split()[2] for l in bench.splitlines() if l.startswith("tps = ")))
    sql("SELECT pg_switch_wal()")  # at least one call, even when pgbench wrote less than a segment
    wait_archived()
    log = f"{work}/calls-{tool}.log"
    load[tool] = [int(x) / 1e6 for x in open(log).read().split()] if os.path.exists(log) else []
    if not load[tool]:
        raise SystemExit(f"{tool}: archive_command was never called under load (see {work}/sock/pg.log)")
    rates = []
    if tool == "lifeboat":
        # The backlog measures the calls' own push-ahead: with the resident helper the segments
        # would be stored while the backlog is written, before the archiver asks for them.
        # Changing the config also stops the helper.
        with open(f"{work}/lifeboat.toml", "a") as f:
            f.write('archive_helper = "off"\n')
        time.sleep(2)
    for r in range(rounds):
        reload("")  # the archiver stops; .ready files pile up
        sql("DROP TABLE IF EXISTS filler")
        sql("CREATE TABLE filler AS SELECT i, md5(i::text) AS t FROM generate_series(1, 3000000) i")
        sql("SELECT pg_switch_wal()")
        backlog = len(glob.glob(f"{work}/pg/pg_wal/archive_status/*.ready"))
        start = time.perf_counter()
        sql(f"ALTER SYSTEM SET archive_command = '{command}'")
        sql("SELECT pg_reload_conf()")
        wait_archived()
        rates.append(backlog / (time.perf_counter() - start))
    rate[tool] = statistics.median(rates)

print(f"\nPhysical backup benchmark: {dataset}, cluster {size / 2**20:.0f} MiB, {rounds} rounds, medians")
names = {"lb_base": "Lifeboat base backup (zstd:1 + OpenPGP + SHA-256)", "pg_basebackup": "pg_basebackup -Ft client-zstd:1",
         "pgbr_base": "pgBackRest full (zst, process-max 2)", "lb_laydown": "Lifeboat pitr lay-down", "pgbr_restore": "pgBackRest restore"}
for k, v in med.items():
    print(f"  {names[k]:52s} {v:7.2f} s")
print(f"  base backup: Lifeboat / pg_basebackup = {med['lb_base'] / med['pg_basebackup']:.2f}x (target <= 1.2x), / pgBackRest = {med['lb_base'] / med['pgbr_base']:.2f}x (target <= 0.4x)")
print(f"  lay-down:    Lifeboat / pgBackRest restore = {med['lb_laydown'] / med['pgbr_restore']:.2f}x (target <= 0.5x)")
print(f"  wal-push single call per 16 MiB segment ({len(segments)} segments x {rounds}): median / p95")
for k, v in single.items():
    print(f"    {k:12s} {statistics.median(v) * 1000:6.1f} ms / {pct(v, 95) * 1000:6.1f} ms")
print(f"  archive_command under pgbench load (calls: lifeboat {len(load['lifeboat'])}, pgbackrest {len(load['pgbackrest'])}): median / p95")
for k, v in load.items():
    print(f"    {k:12s} {statistics.median(v) * 1000:6.1f} ms / {pct(v, 95) * 1000:6.1f} ms   (target: lifeboat median <= 32 ms)")
print(f"  the warm-up call before it: lifeboat {first['lifeboat'][0] * 1000:.1f} ms, pgbackrest {first['pgbackrest'][0] * 1000:.1f} ms")
print(f"  pgbench tps during that load: lifeboat {tps['lifeboat']:.0f}, pgbackrest {tps['pgbackrest']:.0f}")
print(f"  sustained archive rate from a backlog of {backlog} segments: lifeboat {rate['lifeboat']:.1f} seg/s, pgbackrest {rate['pgbackrest']:.1f} seg/s "
      f"= {rate['lifeboat'] / rate['pgbackrest']:.2f}x (target >= 2x)")
PY
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null
done
