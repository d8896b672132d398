#!/bin/bash
# IMAP benchmark: Flute against the reference peer's Dovecot, in one run, with the same load.
#
# usage: bench/imap-mix.sh [--messages N] [--clients N] [--seconds N] [--offset N]
#   --messages  messages in the benchmark mailbox of each server (default 10000)
#   --clients   concurrent IMAPS sessions (default 50)
#   --seconds   length of each measured run (default 60)
#   --offset    Flute's port offset (default 1800: HTTP 9880, IMAPS 12793)
#
# Builds nothing: expects the provisioned server in wildfly-config/target/server with flute.ear
# (mvn -q install -DskipTests). Needs root (the peer's setup-peer.sh) and python3. Each server gets a
# mailbox of N messages of about 3 kB (bench/imap_load.py fill), then CLIENTS sessions run the same
# mix for SECONDS: FETCH of 20 headers, FETCH of a body, STORE, SEARCH, APPEND, now and then EXPUNGE
# (bench/imap_load.py mix). Flute runs on the embedded H2 database. Prints operations per second and
# p50/p99 latency for both and their ratio. Scratch: bench/target/imap/.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PEER_DIR=${PEER_DIR:-$(cd "$ROOT/../shared/peer" 2>/dev/null && pwd || echo "$ROOT/../shared/peer")}
MESSAGES=10000 CLIENTS=50 SECONDS_RUN=60 OFFSET=1800
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_RUN=$2; shift 2 ;;
    --offset) OFFSET=$2; shift 2 ;;
    *) sed -n '4,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
SERVER_SRC=$ROOT/wildfly-config/target/server
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
trap flute_stop EXIT

log "starting the peer"
"$PEER_DIR/setup-peer.sh" > "$SCRATCH/peer.log" 2>&1 || { cat "$SCRATCH/peer.log"; exit 1; }
log "starting Flute (offset $OFFSET, H2)"
flute_start "$SCRATCH" "$OFFSET" "$ADMIN_PW" || { echo "imap-mix: Flute did not start" >&2; exit 1; }
flute_account "$OFFSET" "$ADMIN_PW" "$USER" "$PASS" || { echo "imap-mix: cannot create the account" >&2; exit 1; }

log "filling: $MESSAGES messages into each server"
t0=$(date +%s); python3 "$HERE/imap_load.py" fill 127.0.0.1 "$IMAPS" "$USER" "$PASS" Bench "$MESSAGES" || exit 1
log "  Flute: $(( $(date +%s) - t0 )) s"
t0=$(date +%s); python3 "$HERE/imap_load.py" fill 127.0.0.1 "$IMAPS_PORT" "$PEER_USER" "$PEER_PASS" Bench "$MESSAGES" || exit 1
log "  Dovecot: $(( $(date +%s) - t0 )) s"

log "warming Flute up (15 s), then $CLIENTS clients for $SECONDS_RUN s on each server"
python3 "$HERE/imap_load.py" mix 127.0.0.1 "$IMAPS" "$USER" "$PASS" Bench 15 "$CLIENTS" > /dev/null
FLUTE=$(python3 "$HERE/imap_load.py" mix 127.0.0.1 "$IMAPS" "$USER" "$PASS" Bench "$SECONDS_RUN" "$CLIENTS")
PEER=$(python3 "$HERE/imap_load.py" mix 127.0.0.1 "$IMAPS_PORT" "$PEER_USER" "$PEER_PASS" Bench "$SECONDS_RUN" "$CLIENTS")
echo "$FLUTE" > "$SCRATCH/flute.json"; echo "$PEER" > "$SCRATCH/dovecot.json"
python3 - "$FLUTE" "$PEER" "$MESSAGES" "$CLIENTS" <<'PY'
import json, sys
f, d = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("\nIMAP mix, %s messages, %s clients" % (sys.argv[3], sys.argv[4]))
print("%-10s %10s %10s %10s" % ("", "ops/s", "p50 ms", "p99 ms"))
for name, r in (("Flute", f), ("Dovecot", d)):
    print("%-10s %10s %10s %10s" % (name, r["ops_per_s"], r["p50_ms"], r["p99_ms"]))
print("ratio Flute/Dovecot (ops/s): %.2f" % (f["ops_per_s"] / d["ops_per_s"]))
for name, r in (("Flute", f), ("Dovecot", d)):
    if r["errors"]:
        print("%s errors: %s" % (name, r["errors"]))
PY
