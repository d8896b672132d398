#!/bin/bash
# The 10,000-account CSV import, timed, and whether the server stays usable while it runs.
#
# usage: bench/account-import.sh [--rows N] [--offset N] [--server DIR]
#   --rows    accounts in the CSV file (default 10000), each with its own password
#   --offset  Flute's port offset (default 2800: HTTP 10880, IMAPS 13793, SMTP 12825)
#   --server  the provisioned server to copy (default wildfly-config/target/server)
#
# Starts a copy of the provisioned server (H2) in bench/target/import/, creates a domain and a probe
# account, then: samples IMAPS login + SELECT INBOX and an SMTP message to 250 ten times while idle
# (baseline); posts the CSV to /api/v1/accounts/import through bin/flute-admin and samples the same
# twice a second until the import answers; prints the import's time and rate and the latencies (p50,
# p95, max) idle and during the import, with the machine's load average. Builds nothing. Exit status:
# 0 when every row was created and every sample succeeded, 1 otherwise, 2 when something is missing.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
ROWS=10000 OFFSET=2800
SERVER_SRC=$ROOT/wildfly-config/target/server
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --offset) OFFSET=$2; shift 2 ;;
    --server) SERVER_SRC=$(cd "${2:-}" && pwd) || exit 2; shift 2 ;;
    *) sed -n '4,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
[ -f "$SERVER_SRC/standalone/deployments/flute.ear" ] || { echo "account-import: build the server first" >&2; exit 2; }
SCRATCH=$HERE/target/import
ADMIN_PW=bench-admin-$$
DOMAIN=import.test
PROBE=probe@example.test PROBE_PW=Probe-Pass-1
HTTP=$((8080 + OFFSET)) IMAPS=$((10993 + OFFSET)) SMTP=$((10025 + OFFSET))
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
# shellcheck source=flute-server.sh
source "$HERE/flute-server.sh"
trap flute_stop EXIT
log "starting Flute (offset $OFFSET, H2) from $SERVER_SRC"
flute_start "$SCRATCH" "$OFFSET" "$ADMIN_PW" || { echo "account-import: Flute did not start" >&2; exit 1; }
flute_account "$OFFSET" "$ADMIN_PW" "$PROBE" "$PROBE_PW" || { echo "account-import: no probe account" >&2; exit 1; }
export FLUTE_URL=http://127.0.0.1:$HTTP FLUTE_ADMIN_PASSWORD=$ADMIN_PW
"$ROOT/bin/flute-admin" domain create "$DOMAIN" > /dev/null || exit 1

python3 - "$ROWS" "$DOMAIN" > "$SCRATCH/accounts.csv" <<'PY'
import sys
rows, domain = int(sys.argv[1]), sys.argv[2]
print("address,password,displayName")
for i in range(rows):
    print("user%05d@%s,Import-Pass-%05d,User %05d" % (i, domain, i, i))
PY

log "baseline: 10 samples while idle"
python3 "$HERE/usable_probe.py" 127.0.0.1 "$IMAPS" "$SMTP" "$PROBE" "$PROBE_PW" --count 10 > "$SCRATCH/idle.json"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "importing $ROWS accounts (load average before: $LOAD_BEFORE)"
DONE=$SCRATCH/import.done
rm -f "$DONE"
python3 "$HERE/usable_probe.py" 127.0.0.1 "$IMAPS" "$SMTP" "$PROBE" "$PROBE_PW" --until "$DONE" > "$SCRATCH/during.json" &
PROBE_PID=$!
t0=$(date +%s.%N)
"$ROOT/bin/flute-admin" --json import "$SCRATCH/accounts.csv" > "$SCRATCH/import.json" 2> "$SCRATCH/import.err"
IMPORT_EXIT=$?
t1=$(date +%s.%N)
touch "$DONE"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
wait "$PROBE_PID"

python3 - "$SCRATCH" "$ROWS" "$t0" "$t1" "$IMPORT_EXIT" "$LOAD_BEFORE" "$LOAD_AFTER" "$(nproc)" <<'PY'
import json, sys
scratch, rows, t0, t1, exit_code, before, after, cores = sys.argv[1:9]
rows, seconds = int(rows), float(sys.argv[4]) - float(sys.argv[3])
try:
    report = json.load(open(scratch + "/import.json"))
except ValueError:
    report = {"created": 0, "failed": rows}
idle, during = (json.load(open(scratch + "/" + n + ".json")) for n in ("idle", "during"))

def stats(xs):
    if not xs:
        return "no samples"
    xs = sorted(xs)
    pick = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
    return "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms" % (len(xs), pick(0.5) * 1000, pick(0.95) * 1000, xs[-1] * 1000)

print("import: %d rows, %d created, %d failed in %.1f s (%.0f accounts/s), flute-admin exit %s"
      % (rows, report["created"], report["failed"], seconds, report["created"] / seconds, exit_code))
print("IMAPS login+SELECT  idle:   " + stats(idle["imap"]))
print("IMAPS login+SELECT  import: " + stats(during["imap"]))
print("SMTP to 250         idle:   " + stats(idle["smtp"]))
print("SMTP to 250         import: " + stats(during["smtp"]))
errors = idle["errors"] + during["errors"]
print("failed samples: %d%s" % (len(errors), "" if not errors else " (" + "; ".join(errors[:3]) + ")"))
print("machine: %s cores, load average %s before, %s after" % (cores, before, after))
ok = report["created"] == rows and not errors and exit_code == "0"
sys.exit(0 if ok else 1)
PY
