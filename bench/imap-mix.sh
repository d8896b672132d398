#!/bin/bash
# IMAP benchmark: Flute against the reference peer's Dovecot, in one run, with the same load.
#
# usage: bench/imap-mix.sh [--messages N] [--clients N] [--seconds N] [--offset N] [--server DIR]
#                          [--jfr] [--flute-only]
#   --messages  messages in the benchmark mailbox of each server (default 10000)
#   --clients   concurrent IMAPS sessions (default 50)
#   --seconds   length of each measured run (default 60)
#   --offset    Flute's port offset (default 1800: HTTP 9880, IMAPS 12793)
#   --server    the provisioned server to copy (default wildfly-config/target/server), e.g. a copy
#               of an earlier build kept for a before/after comparison
#   --jfr       record Flute with Java Flight Recorder from its start and print where the CPU
#               samples of its measured run fall (jfr_summary.py); the recording is left in
#               bench/target/imap/
#   --flute-only  measure Flute alone (no fill or run on Dovecot, no ratio)
#
# The measured window starts once all clients have logged in (SELECT is in it). Besides the totals it
# prints each operation's rate and p50/p99, and the CPU time the Flute JVM used during its measured
# window per operation (steadier than the rate on a shared machine).
#
# Builds nothing: expects the provisioned server in wildfly-config/target/server with flute.ear
# (mvn -q install -DskipTests). Needs root (the peer's setup-peer.sh) and python3. Each server gets a
# mailbox of N messages of about 3 kB (bench/imap_load.py fill), then CLIENTS sessions run the same
# mix for SECONDS: FETCH of 20 headers, FETCH of a body, STORE, SEARCH, APPEND, now and then EXPUNGE
# (bench/imap_load.py mix). Flute runs on the embedded H2 database. Prints operations per second and
# p50/p99 latency for both and their ratio. Scratch: bench/target/imap/. PEER_DIR (default
# ../shared/peer beside the repository) must point at the peer's scripts when the repository is a
# worktree elsewhere.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PEER_DIR=${PEER_DIR:-$(cd "$ROOT/../shared/peer" 2>/dev/null && pwd || echo "$ROOT/../shared/peer")}
MESSAGES=10000 CLIENTS=50 SECONDS_RUN=60 OFFSET=1800 JFR="" FLUTE_ONLY=""
SERVER_SRC=$ROOT/wildfly-config/target/server
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_RUN=$2; shift 2 ;;
    --offset) OFFSET=$2; shift 2 ;;
    --server) SERVER_SRC=$(cd "${2:-}" && pwd) || exit 2; shift 2 ;;
    --jfr) JFR=1; shift ;;
    --flute-only) FLUTE_ONLY=1; shift ;;
    *) awk 'NR < 4 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; exit 2 ;;
  esac
done
[ -f "$SERVER_SRC/standalone/deployments/flute.ear" ] || { echo "imap-mix: build the server first" >&2; exit 2; }
[ -x "$PEER_DIR/setup-peer.sh" ] || { echo "imap-mix: peer scripts not found in $PEER_DIR" >&2; exit 2; }
# shellcheck source=/dev/null
source "$PEER_DIR/peer.env"
IMAPS=$((10993 + OFFSET))
SCRATCH=$HERE/target/imap
ADMIN_PW=bench-admin-$$
USER=bench@example.test PASS=Bench-Pass-1 PEER_USER=${PEER_BENCH_USER:-user5}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
# shellcheck source=flute-server.sh
source "$HERE/flute-server.sh"
# shellcheck source=jfr-window.sh
source "$HERE/jfr-window.sh"
trap flute_stop EXIT

if [ -z "$FLUTE_ONLY" ]; then
  log "starting the peer"
  "$PEER_DIR/setup-peer.sh" > "$SCRATCH/peer.log" 2>&1 || { cat "$SCRATCH/peer.log"; exit 1; }
fi
log "starting Flute (offset $OFFSET, H2) from $SERVER_SRC"
[ -n "$JFR" ] && JDK_JAVA_OPTIONS=$(jfr_java_options) && export JDK_JAVA_OPTIONS
flute_start "$SCRATCH" "$OFFSET" "$ADMIN_PW" || { echo "imap-mix: Flute did not start" >&2; exit 1; }
flute_account "$OFFSET" "$ADMIN_PW" "$USER" "$PASS" || { echo "imap-mix: cannot create the account" >&2; exit 1; }

log "filling: $MESSAGES messages into each server"
t0=$(date +%s); python3 "$HERE/imap_load.py" fill 127.0.0.1 "$IMAPS" "$USER" "$PASS" Bench "$MESSAGES" || exit 1
log "  Flute: $(( $(date +%s) - t0 )) s"
if [ -z "$FLUTE_ONLY" ]; then
  t0=$(date +%s); python3 "$HERE/imap_load.py" fill 127.0.0.1 "$IMAPS_PORT" "$PEER_USER" "$PEER_PASS" Bench "$MESSAGES" || exit 1
  log "  Dovecot: $(( $(date +%s) - t0 )) s"
fi

log "warming Flute up (15 s), then $CLIENTS clients for $SECONDS_RUN s on each server"
python3 "$HERE/imap_load.py" mix 127.0.0.1 "$IMAPS" "$USER" "$PASS" Bench 15 "$CLIENTS" > /dev/null
jfr_from=$(jfr_mark)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
FLUTE=$(SERVER_PID=$JVM python3 "$HERE/imap_load.py" mix 127.0.0.1 "$IMAPS" "$USER" "$PASS" Bench "$SECONDS_RUN" "$CLIENTS")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "$JFR" ]; then
  jfr_window "$JVM" "$jfr_from" "$SCRATCH/flute-mix.jfr" > "$SCRATCH/jfr-summary.txt" 2>&1
fi
PEER='null'
[ -z "$FLUTE_ONLY" ] && PEER=$(python3 "$HERE/imap_load.py" mix 127.0.0.1 "$IMAPS_PORT" "$PEER_USER" "$PEER_PASS" Bench "$SECONDS_RUN" "$CLIENTS")
echo "$FLUTE" > "$SCRATCH/flute.json"; echo "$PEER" > "$SCRATCH/dovecot.json"
python3 - "$FLUTE" "$PEER" "$MESSAGES" "$CLIENTS" "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import json, sys
f, d = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("\nIMAP mix, %s messages, %s clients (load average before %s, after %s)"
      % (sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]))
print("%-16s %10s %10s %10s %10s" % ("", "ops/s", "p50 ms", "p99 ms", "ops"))
for name, r in (("Flute", f), ("Dovecot", d)):
    if r is None:
        continue
    print("%-16s %10s %10s %10s %10s" % (name, r["ops_per_s"], r["p50_ms"], r["p99_ms"], r["operations"]))
    for op, o in sorted(r.get("per_op", {}).items()):
        print("  %-14s %10s %10s %10s %10s" % (op, o["ops_per_s"], o["p50_ms"], o["p99_ms"], o["operations"]))
if "server_cpu_s" in f:
    print("Flute JVM CPU during its run: %s s, %s ms per operation" % (f["server_cpu_s"], f["server_cpu_ms_per_op"]))
if d is not None:
    print("ratio Flute/Dovecot (ops/s): %.2f" % (f["ops_per_s"] / d["ops_per_s"]))
for name, r in (("Flute", f), ("Dovecot", d)):
    if r is not None and r["errors"]:
        print("%s errors: %s" % (name, r["errors"]))
PY
if [ -n "$JFR" ]; then
  echo; echo "Flute's CPU samples (JFR, $SCRATCH/flute-mix.jfr):"
  sed -n '1,80p' "$SCRATCH/jfr-summary.txt" | sed 's/^/  /'
fi
