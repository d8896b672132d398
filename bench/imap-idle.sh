#!/bin/bash
# Idle IMAP connections: heap and threads for COUNT clients in IDLE, and how fast they hear of new mail.
#
# usage: bench/imap-idle.sh [--connections N] [--tls-percent N] [--offset N] [--heap SIZE]
#   --connections  clients that log in, SELECT INBOX and IDLE (default 10000)
#   --tls-percent  share of them on IMAPS; the others use IMAP with STARTTLS (default 50)
#   --offset       Flute's port offset (default 1950: HTTP 10030, IMAP 12093, IMAPS 12943, SMTP 11975)
#   --heap         the server's -Xmx (default 1g)
#
# Builds nothing: expects the provisioned server in wildfly-config/target/server with flute.ear. Starts
# a copy of it on the embedded H2 database, creates one account through the REST API, and runs
# bench/imap_idle.py (Python asyncio, all clients in one process). With every client in IDLE it prints
# the heap used after a full GC (jcmd GC.run, then GC.heap_info) against the same figure before the
# clients came, the JVM's live threads, and the heap per connection; then one message is delivered by
# SMTP and it prints how many clients heard "* n EXISTS" and how fast (p50/p99 from the SMTP 250).
# Scratch: bench/target/idle/.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
COUNT=10000 TLS_PERCENT=50 OFFSET=1950 HEAP=1g
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) COUNT=$2; shift 2 ;;
    --tls-percent) TLS_PERCENT=$2; shift 2 ;;
    --offset) OFFSET=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    *) sed -n '4,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
SERVER_SRC=$ROOT/wildfly-config/target/server
[ -f "$SERVER_SRC/standalone/deployments/flute.ear" ] || { echo "imap-idle: build the server first" >&2; exit 2; }
# Both the server and the client hold one descriptor per connection.
ulimit -n "$(ulimit -Hn)" 2>/dev/null
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -gt $((COUNT + 1000)) ] \
  || { echo "imap-idle: ulimit -n $(ulimit -n) is too low for $COUNT connections" >&2; exit 2; }
IMAP=$((10143 + OFFSET)) IMAPS=$((10993 + OFFSET)) SMTP=$((10025 + OFFSET))
SCRATCH=$HERE/target/idle
ADMIN_PW=bench-admin-$$
USER=idle@example.test PASS=Idle-Pass-1
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
# shellcheck source=flute-server.sh
source "$HERE/flute-server.sh"
CROWD_PID=""
cleanup() {
  [ -n "$CROWD_PID" ] && kill "$CROWD_PID" 2>/dev/null
  flute_stop
}
trap cleanup EXIT

log "starting Flute (offset $OFFSET, H2, -Xmx$HEAP), load: $(cut -d' ' -f1-3 /proc/loadavg)"
JBOSS_JAVA_SIZING="-Xms256m -Xmx$HEAP" flute_start "$SCRATCH" "$OFFSET" "$ADMIN_PW" \
  || { echo "imap-idle: Flute did not start" >&2; exit 1; }
flute_account "$OFFSET" "$ADMIN_PW" "$USER" "$PASS" || { echo "imap-idle: cannot create the account" >&2; exit 1; }

# Heap used after a full GC, in KiB; live Java threads.
heap_kib() {
  jcmd "$JVM" GC.run >/dev/null
  jcmd "$JVM" GC.heap_info | sed -n 's/.*heap.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}
threads() { jcmd "$JVM" PerfCounter.print | sed -n 's/^java.threads.live=//p'; }

# One login first, so the heap baseline includes what the first session loads once (classes, caches).
python3 "$HERE/imap_idle.py" 127.0.0.1 "$IMAP" "$IMAPS" "$USER" "$PASS" 1 100 "$SMTP" "$USER" </dev/null >/dev/null
sleep 15
HEAP_BEFORE=$(heap_kib) THREADS_BEFORE=$(threads)
log "before: heap used $((HEAP_BEFORE / 1024)) MiB after GC, $THREADS_BEFORE live threads"

log "opening $COUNT IDLE connections ($TLS_PERCENT % IMAPS, the rest STARTTLS)"
coproc CROWD { exec python3 "$HERE/imap_idle.py" 127.0.0.1 "$IMAP" "$IMAPS" "$USER" "$PASS" "$COUNT" \
  "$TLS_PERCENT" "$SMTP" "$USER" 2>"$SCRATCH/crowd.err"; }
CROWD_PID=$CROWD_PID
read -r READY <&"${CROWD[0]}" || { echo "imap-idle: the client crowd failed"; cat "$SCRATCH/crowd.err"; exit 1; }
log "  $READY"
log "waiting 20 s for the pool threads of the logins to time out"
sleep 20
HEAP_IDLE=$(heap_kib) THREADS_IDLE=$(threads)
log "  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo deliver >&"${CROWD[1]}"
read -r HEARD <&"${CROWD[0]}"
echo close >&"${CROWD[1]}"
wait "$CROWD_PID" 2>/dev/null; CROWD_PID=""

python3 - "$READY" "$HEARD" "$HEAP_BEFORE" "$HEAP_IDLE" "$THREADS_BEFORE" "$THREADS_IDLE" "$HEAP" <<'PY' | tee "$SCRATCH/result.txt"
import json, sys
ready, heard = json.loads(sys.argv[1]), json.loads(sys.argv[2])
before, idle, t_before, t_idle, heap = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
n = ready["idling"]
print("\nIMAP IDLE, %d connections idling (%d failed), -Xmx%s" % (n, ready["failed"], heap))
print("heap used after full GC: %.0f MiB before, %.0f MiB idling: %.1f KiB per connection"
      % (before / 1024, idle / 1024, (idle - before) / max(n, 1)))
print("live threads: %d before, %d idling" % (t_before, t_idle))
print("one delivery: %d of %d heard * n EXISTS, p50 %s ms, p99 %s ms, max %s ms"
      % (heard["heard"], heard["of"], heard["p50_ms"], heard["p99_ms"], heard["max_ms"]))
if ready["errors"]:
    print("connection errors: %s" % ready["errors"])
PY
