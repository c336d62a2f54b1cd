#!/usr/bin/env bash
# PostgreSQL logical backup and restore benchmark. Starts a private PostgreSQL 15 and loads two
# datasets: pgbench (trivially compressible) and a "realistic" table of md5 text, numeric,
# timestamptz and jsonb (~3:1 compressible). Then, alternating, ROUNDS times each, in one run:
#
#   backup   Lifeboat custom format (zstd:1 + OpenPGP public key + both SHA-256s, one process)
#            Lifeboat directory format, parallel = 2
#            pg_dump | gzip | gpg -c          (the usual cron pipeline, plain SQL)
#            pg_dump -Fc                      (pg_dump's own gzip)
#            pg_dump -Fc -Z0 > file           (the raw floor: no compression, no encryption)
#   restore  Lifeboat restore of its custom backup, streamed (decrypt, decompress, check counts)
#            gpg -d | gunzip | psql           (restoring the cron pipeline's file)
#            pg_restore -j2 from the uncompressed -Z0 file
#
# Prints medians, wall-time ratios, artifact sizes and Lifeboat's peak RSS (largest process).
# Not part of the default test run.
#
#   tests/bench/pg_backup.sh [ROUNDS=3] [PGBENCH_SCALE=30] [REALISTIC_ROWS=1500000]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
rounds=${1:-3}
scale=${2:-30}
rows=${3:-1500000}
command -v /usr/bin/time >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2

work=$(mktemp -d "${LIFEBOAT_BENCH_DIR:-/var/tmp}/lifeboat-pgbench.XXXXXX")
chmod 755 "$work"
bin=/usr/lib/postgresql/15/bin
export GNUPGHOME=$work/gnupg
mkdir -m 700 "$GNUPGHOME"
stop() {
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  gpgconf --kill all >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

echo "Starting PostgreSQL 15 in $work/pg ..." >&2
install -d -o postgres -m 700 "$work/pg" "$work/sock"
runuser -u postgres -- "$bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
cat >> "$work/pg/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$work/sock'
port = 5433
CONF
runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -w -l "$work/sock/pg.log" start >/dev/null
export PGHOST=$work/sock PGPORT=5433 PGUSER=postgres PATH=$bin:$PATH

echo "Loading pgbench scale $scale and $rows realistic rows ..." >&2
createdb pgbench && "$bin/pgbench" -i -q -s "$scale" pgbench >/dev/null 2>&1
createdb realistic
psql -q -X -v ON_ERROR_STOP=1 realistic <<SQL
CREATE TABLE orders (id bigint PRIMARY KEY, ref text, amount numeric(12,2), placed timestamptz, doc jsonb);
INSERT INTO orders
SELECT i, md5(i::text), (i % 100000) / 7.0, timestamptz '2024-01-01' + i * interval '13 seconds',
       jsonb_build_object('sku', 'SKU-' || (i % 5000), 'qty', i % 17, 'channel', (ARRAY['web','shop','phone'])[1 + i % 3],
                          'note', md5((i * 7)::text), 'tags', jsonb_build_array('t' || (i % 9), 'x'))
FROM generate_series(1, $rows) i;
CREATE INDEX orders_placed ON orders (placed);
VACUUM ANALYZE orders;
SQL

printf 'benchmark passphrase %s\n' "$RANDOM$RANDOM" > "$work/pass"
chmod 600 "$work/pass"
cp "$LIFEBOAT_ROOT/resources/demo/demo-backup-key.pub.asc" "$LIFEBOAT_ROOT/resources/demo/demo-backup-key.sec.asc" "$work/"
{
  printf '[catalog]\nurl = "sqlite://catalog.db"\n[repositories.bench]\ntype = "local"\npath = "repo"\n'
  for db in pgbench realistic; do
    for format in custom directory; do
      printf '[jobs.%s_%s]\nkind = "postgresql"\nconninfo = "host=%s port=5433 user=postgres dbname=%s"\n' "$db" "$format" "$work/sock" "$db"
      printf 'repository = "bench"\nformat = "%s"\nparallel = 2\ncompression = "zstd:1"\nverify = "none"\n' "$format"
      printf 'encryption = "openpgp"\nrecipients = ["demo-backup-key.pub.asc"]\nsecret_keys = ["demo-backup-key.sec.asc"]\n'
    done
  done
} > "$work/lifeboat.toml"

/usr/bin/python3 - "$work" "$rounds" "$LIFEBOAT_BUILD/app/lifeboat-cli" "$bin" <<'PY'
import json, os, shutil, statistics, subprocess, sys, time
work, rounds, cli, bin_ = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
cfg = os.path.join(work, "lifeboat.toml")
gpg = "gpg --batch --yes --no-symkey-cache --pinentry-mode loopback --passphrase-file pass"

def sh(cmd):
    subprocess.run(cmd, shell=True, check=True, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

def timed(cmd):
    t = time.perf_counter()
    sh(cmd)
    return time.perf_counter() - t

def peak_rss_mib(cmd):
    err = subprocess.run(f"/usr/bin/time -f %M {cmd}", shell=True, check=True, cwd=work, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr.strip().splitlines()[-1]
    return int(err) / 1024

def drop(db):
    sh(f"psql -q -X -c 'DROP DATABASE IF EXISTS {db}' postgres")

def fresh():
    shutil.rmtree(os.path.join(work, "repo"), ignore_errors=True)
    for f in ("catalog.db",):
        if os.path.exists(os.path.join(work, f)):
            os.remove(os.path.join(work, f))
    sh("sync")

def lifeboat(args):
    return f"{cli} --config {cfg} --quiet {args}"

def repo_size(suffix):
    total = 0
    for dp, _, fs in os.walk(os.path.join(work, "repo")):
        total += sum(os.path.getsize(os.path.join(dp, f)) for f in fs if not f.endswith(".meta.json") and suffix in f)
    return total

def last_id(job):
    out = subprocess.run(f"{cli} --config {cfg} --json list --job {job}", shell=True, check=True, cwd=work,
                         capture_output=True, text=True).stdout
    return json.loads(out)[0]["id"]

report = []
for db in ("pgbench", "realistic"):
    t = {k: [] for k in ("lb_custom", "lb_dir", "seed", "fc", "raw", "lb_restore", "seed_restore", "pg_restore_j2")}
    size = {}
    for r in range(rounds):
        fresh(); t["lb_custom"].append(timed(lifeboat(f"backup {db}_custom"))); size["lb_custom"] = repo_size(".dump")
        fresh(); t["lb_dir"].append(timed(lifeboat(f"backup {db}_directory"))); size["lb_dir"] = repo_size(".dir.tar")
        t["seed"].append(timed(f"pg_dump {db} | gzip | {gpg} -c -o seed.sql.gz.gpg")); size["seed"] = os.path.getsize(os.path.join(work, "seed.sql.gz.gpg"))
        t["fc"].append(timed(f"pg_dump -Fc -f fc.dump {db}")); size["fc"] = os.path.getsize(os.path.join(work, "fc.dump"))
        t["raw"].append(timed(f"pg_dump -Fc -Z0 -f raw.dump {db}")); size["raw"] = os.path.getsize(os.path.join(work, "raw.dump"))

        fresh(); sh(lifeboat(f"backup {db}_custom")); bid = last_id(f"{db}_custom")
        drop("target"); t["lb_restore"].append(timed(lifeboat(f"restore {bid} --to target")))
        drop("target"); sh("createdb target")
        t["seed_restore"].append(timed(f"{gpg} -d seed.sql.gz.gpg | gunzip | psql -q -X -v ON_ERROR_STOP=1 target"))
        drop("target"); sh("createdb target")
        t["pg_restore_j2"].append(timed("pg_restore -j2 -d target raw.dump"))
        drop("target")
        print(f"{db} round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in t.items()), file=sys.stderr)
    fresh()
    rss_backup = peak_rss_mib(lifeboat(f"backup {db}_custom"))
    bid = last_id(f"{db}_custom")
    drop("target")
    rss_restore = peak_rss_mib(lifeboat(f"restore {bid} --to target"))
    drop("target")
    dbsize = int(subprocess.run(f"psql -At -X -c \"SELECT pg_database_size('{db}')\" postgres", shell=True, cwd=work,
                                capture_output=True, text=True, check=True).stdout)
    report.append((db, dbsize, {k: statistics.median(v) for k, v in t.items()}, size, rss_backup, rss_restore))

names = {"lb_custom": "Lifeboat custom (zstd:1 + OpenPGP)", "lb_dir": "Lifeboat directory, parallel 2",
         "seed": "pg_dump | gzip | gpg -c", "fc": "pg_dump -Fc", "raw": "pg_dump -Fc -Z0 > file (floor)",
         "lb_restore": "Lifeboat restore (streamed)", "seed_restore": "gpg -d | gunzip | psql", "pg_restore_j2": "pg_restore -j2 (uncompressed file)"}
print(f"\nPostgreSQL logical benchmark, {rounds} rounds each, medians")
for db, dbsize, med, size, rss_b, rss_r in report:
    print(f"\n{db}: database {dbsize / 2**20:.0f} MiB")
    for k in ("lb_custom", "lb_dir", "seed", "fc", "raw"):
        print(f"  backup  {names[k]:38s} {med[k]:7.2f} s   artifact {size[k] / 2**20:8.1f} MiB")
    for k in ("lb_restore", "seed_restore", "pg_restore_j2"):
        print(f"  restore {names[k]:38s} {med[k]:7.2f} s")
    best = min(med["lb_custom"], med["lb_dir"])
    print(f"  backup:  Lifeboat custom / raw floor = {med['lb_custom'] / med['raw']:.2f}x, directory / raw floor = {med['lb_dir'] / med['raw']:.2f}x (target <= 1.15x)")
    print(f"  backup:  speed-up over pg_dump | gzip | gpg -c = {med['seed'] / best:.2f}x (target >= 2.7x), over pg_dump -Fc = {med['fc'] / best:.2f}x")
    print(f"  artifact: Lifeboat custom / raw = {size['lb_custom'] / size['raw']:.2f}, / gzip pipeline = {size['lb_custom'] / size['seed']:.2f}")
    print(f"  restore: Lifeboat / pg_restore -j2 = {med['lb_restore'] / med['pg_restore_j2']:.2f}x (target <= 0.9x), / gpg|gunzip|psql = {med['lb_restore'] / med['seed_restore']:.2f}x")
    print(f"  peak RSS: backup {rss_b:.0f} MiB, restore {rss_r:.0f} MiB (target < 200 MiB)")
PY
