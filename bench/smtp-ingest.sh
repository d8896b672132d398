#!/bin/bash
# Durable SMTP ingest benchmark: Flute against the Postfix + Dovecot reference peer, in one run.
#
# usage: bench/smtp-ingest.sh [--db h2|postgresql] [--quick] [--n4k N] [--n100k N] [--warm4k N] [--reuse] [--rest-poll]
#                             [--profile] [--jfr|--jfr-100k] [--offset N] [--keep-peer] [--server DIR] [--quota BYTES]
#                             [--peer-count imap|maildir] [--threads]
#   --db          Flute's database: h2 (the embedded default) or postgresql (creates and drops the
#                 database flute_bench on 127.0.0.1:5432, user postgres, trust authentication)
#   --quick       fewer messages (500 x 4 KB, 100 x 100 KB), for a smoke test
#   --n4k/--n100k messages per measured run (default 2000 x 4 KB and 500 x 100 KB)
#   --warm4k N    a fixed warm-up of N x 4 KB (and 150 x 100 KB) for Flute instead of the default,
#                 which repeats rounds of 2000 x 4 KB + 150 x 100 KB until the JIT compiler's
#                 threads take under 5 % of the round's CPU (at most 10 rounds): a server runs for
#                 months, and on 2 cores its JIT was still 25-35 % of the CPU after 1000 messages
#                 (docs/performance.md, twelfth round). --warm4k 1000 is the warm-up of the rounds
#                 before 2026-12-02 08:00.
#   --reuse       smtp-source -d: several messages per connection (default: one per connection)
#   --rest-poll   count Flute's INBOX by the admin's REST requests (a password digest each), as
#                 before 2026-11-30, instead of NOOPs in one IMAPS session of the recipient
#   --profile     after the measured runs, one more 4 KB run per side (not counted) under
#                 strace -c (fsync/fdatasync/pwrite64/rename counts), jstack samples of Flute's JVM
#                 and per-thread top; on PostgreSQL also commits per message (pg_stat_database)
#   --jfr         record Flute with Java Flight Recorder from its start and print where the CPU
#                 samples of its measured 4 KB run fall (jfr_summary.py); the recording is left in
#                 bench/target/<db>/
#   --jfr-100k    the same for the measured 100 KB run instead (per-octet costs show there)
#   --threads     print the CPU of Flute's threads, grouped by name (SMTP sessions, delivery
#                 consumers, broker, JIT compiler, GC ...), for each measured run (thread_cpu.py)
#   --offset      Flute's port offset (default 1500: HTTP 9580, SMTP 11525, management 11490)
#   --keep-peer   leave the peer running at the end (by default it is stopped if this script
#                 started it; a peer that was already running is always left running)
#   --server DIR  the provisioned server to copy (default wildfly-config/target/server), e.g. a
#                 copy of an earlier build kept for a before/after comparison
#   --quota BYTES give Flute's recipient a quota, so that every delivery checks it (the peer's
#                 Dovecot has no quota plugin configured: this measures Flute's cost of the check)
#   --peer-count  how the peer's INBOX is counted: imap (default since 2026-12-01: NOOPs in one
#                 IMAPS session of the recipient, as for Flute, so both servers pay for what an IMAP
#                 client sees) or maildir (files in new/ and cur/, free for the peer, as before)
#
# Builds nothing: expects the provisioned server in wildfly-config/target/server with flute.ear in
# standalone/deployments/ (mvn -q package -DskipTests); exits 2 without it. Needs root (the peer's
# setup-peer.sh installs and starts Postfix + Dovecot) and python3. Traffic goes to 127.0.0.1 only.
# Measured: 20 concurrent smtp-source sessions, N messages to one recipient, for Flute and for the
# peer: accepted/s (N / time until smtp-source exits, every DATA answered 250) and delivered/s
# (N / time until the recipient's INBOX holds the N messages). Flute's JVM is warmed up first.
# Scratch (server copy, logs, results.jsonl, profile/): bench/target/<db>/. Total ~5-8 minutes.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PEER_DIR=${PEER_DIR:-$(cd "$ROOT/../shared/peer" 2>/dev/null && pwd || echo "$ROOT/../shared/peer")}

DB=h2 N4K=2000 N100K=500 WARM4K="" WARM100K=150 WARM_ROUNDS=10 JIT_SETTLED=5 PEERWARM=200 SESSIONS=20 OFFSET=1500
REUSE="" REST_POLL="" PROFILE="" THREADS="" JFR="" JFR_TAG=4k KEEP_PEER="" QUOTA="" PEER_COUNT=imap SERVER_SRC=$ROOT/wildfly-config/target/server
usage() { awk 'NR < 4 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=${2:-}; shift 2 ;;
    --quick) N4K=500 N100K=100 WARM4K=300 WARM100K=50 PEERWARM=100; shift ;;
    --n4k) N4K=$2; shift 2 ;;
    --n100k) N100K=$2; shift 2 ;;
    --warm4k) WARM4K=$2; shift 2 ;;
    --reuse) REUSE=--reuse; shift ;;
    --rest-poll) REST_POLL=1; shift ;;
    --profile) PROFILE=1; shift ;;
    --jfr) JFR=1; shift ;;
    --jfr-100k) JFR=1; JFR_TAG=100k; shift ;;
    --threads) THREADS=1; shift ;;
    --offset) OFFSET=$2; shift 2 ;;
    --keep-peer) KEEP_PEER=1; shift ;;
    --quota) QUOTA=$2; shift 2 ;;
    --peer-count) PEER_COUNT=${2:-}; shift 2 ;;
    --server) SERVER_SRC=$(cd "${2:-}" && pwd) || exit 2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
case "$DB" in h2|postgresql) ;; *) echo "--db must be h2 or postgresql" >&2; exit 2 ;; esac
case "$PEER_COUNT" in imap|maildir) ;; *) echo "--peer-count must be imap or maildir" >&2; exit 2 ;; esac

if [ ! -f "$SERVER_SRC/standalone/deployments/flute.ear" ] || [ ! -x "$SERVER_SRC/bin/standalone.sh" ]; then
  echo "smtp-ingest: no provisioned server with flute.ear in $SERVER_SRC/standalone/deployments/." >&2
  echo "This script builds nothing; build it first:  (cd $ROOT && mvn -q package -DskipTests)" >&2
  exit 2
fi
[ "$(id -u)" = 0 ] || { echo "smtp-ingest: must run as root (the peer's setup-peer.sh needs it)" >&2; exit 2; }
[ -x "$PEER_DIR/setup-peer.sh" ] || { echo "smtp-ingest: peer scripts not found in $PEER_DIR (set PEER_DIR)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "smtp-ingest: python3 needed" >&2; exit 2; }
# shellcheck source=/dev/null
source "$PEER_DIR/peer.env"
# shellcheck source=jfr-window.sh
source "$HERE/jfr-window.sh"

HTTP_PORT=$((8080 + OFFSET)) MGMT_PORT=$((9990 + OFFSET)) SMTP=$((10025 + OFFSET))
API=http://127.0.0.1:$HTTP_PORT/api/v1
ADMIN_PW=bench-admin-$$-$RANDOM
FLUTE_RCPT=bench@example.test FLUTE_RCPT_PW=bench-password-1 IMAPS=$((10993 + OFFSET))
PEER_USER=${PEER_BENCH_USER:-user20}
PEER_RCPT=$PEER_USER@$PEER_DOMAIN
PEER_MAILDIR=$PEER_RUN/mail/$PEER_USER/Maildir
SCRATCH=$HERE/target/$DB
RESULTS=$SCRATCH/results.jsonl
PG_DB=flute_bench
SIZE4K=4096 SIZE100K=102400

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
psql_pg() { psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
peer_pids() {
  local p d
  p=$(sed -n '1s/ //gp' "$PEER_RUN/postfix/spool/pid/master.pid" 2>/dev/null || true)
  d=$(cat "$PEER_RUN/dovecot/base/master.pid" 2>/dev/null || true)
  alive "$p" && printf '%s ' "$p"; alive "$d" && printf '%s ' "$d"; true
}
child_java() {  # the JVM that standalone.sh runs as its child
  ps -o pid=,comm= --ppid "$1" 2>/dev/null | awk '$2 == "java" { print $1; exit }'
}

LAUNCHER="" JVM="" PEER_STARTED="" PG_CREATED="" BG_PIDS=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for p in $BG_PIDS; do alive "$p" && kill "$p" 2>/dev/null; done
  if alive "$JVM"; then
    log "stopping Flute (JVM pid $JVM)"
    kill -TERM "$JVM" 2>/dev/null
    for _ in $(seq 1 60); do alive "$JVM" || break; sleep 0.5; done
    alive "$JVM" && { log "Flute did not stop in 30 s: SIGKILL"; kill -KILL "$JVM" 2>/dev/null; }
  fi
  if alive "$LAUNCHER"; then kill -TERM "$LAUNCHER" 2>/dev/null; wait "$LAUNCHER" 2>/dev/null; fi
  if [ -n "$PG_CREATED" ]; then
    log "dropping database $PG_DB"
    psql_pg -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null || true
  fi
  if [ -n "$PEER_STARTED" ] && [ -z "$KEEP_PEER" ]; then
    log "stopping the peer"
    "$PEER_DIR/stop-peer.sh" | sed 's/^/  /'
    rm -rf "${PEER_RUN:?}/mail/$PEER_USER"   # only the benchmark recipient's mail
  elif [ -n "$(peer_pids)" ]; then
    log "leaving the peer running (it was running before this script, or --keep-peer)"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

for port in "$HTTP_PORT" "$MGMT_PORT" "$SMTP"; do
  if port_busy "$port"; then
    echo "smtp-ingest: port $port (offset $OFFSET) is in use; choose another --offset" >&2; exit 2
  fi
done

# ---- machine and build ---------------------------------------------------------------------
mkdir -p "$HERE/target"
rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
log "SMTP ingest benchmark: Flute ($DB) vs Postfix+Dovecot peer; $SESSIONS sessions; ${N4K} x 4 KB, ${N100K} x 100 KB${REUSE:+; connection reuse}"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
  echo "flute: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (working tree has changes)'), ear built $(date -r "$SERVER_SRC/standalone/deployments/flute.ear" '+%Y-%m-%d %H:%M'), server $SERVER_SRC, db $DB${QUOTA:+, recipient quota $QUOTA octets}"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$SCRATCH/environment.txt"

# ---- the peer ------------------------------------------------------------------------------
if [ -n "$(peer_pids)" ]; then
  log "peer already running (pids $(peer_pids)); using it and leaving it running"
else
  PEER_STARTED=1
fi
log "starting the peer (setup-peer.sh; installs postfix/dovecot from Debian if missing)"
"$PEER_DIR/setup-peer.sh" > "$SCRATCH/peer-setup.log" 2>&1 || { cat "$SCRATCH/peer-setup.log"; echo "peer setup failed" >&2; exit 1; }
SMTP_SOURCE=$(command -v smtp-source || echo /usr/sbin/smtp-source)
[ -x "$SMTP_SOURCE" ] || { echo "smtp-source not found (it comes with the postfix package)" >&2; exit 1; }
echo "peer: $(postconf -d mail_version 2>/dev/null | sed 's/ = / /'), dovecot $(dovecot --version | cut -d' ' -f1)" | tee -a "$SCRATCH/environment.txt"
PEER_PIDS=$(peer_pids | tr ' ' ',' | sed 's/,$//')

# ---- Flute ---------------------------------------------------------------------------------
SRV=$SCRATCH/server
log "copying the server to $SRV"
cp -r "$SERVER_SRC" "$SRV"
rm -rf "$SRV"/standalone/{data,log,tmp} "$SRV"/standalone/configuration/standalone_xml_history
rm -f "$SRV"/standalone/deployments/*.{deployed,failed,isdeploying,pending,undeployed} 2>/dev/null
unset FLUTE_DB_URL FLUTE_DB_USER FLUTE_DB_PASSWORD
if [ "$DB" = postgresql ]; then
  psql_pg -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null && psql_pg -c "CREATE DATABASE $PG_DB" >/dev/null \
    || { echo "cannot create database $PG_DB on 127.0.0.1:5432 as postgres" >&2; exit 1; }
  PG_CREATED=1
  # No FLUTE_DB_PASSWORD: trust authentication ignores the server's default password.
  export FLUTE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB FLUTE_DB_USER=postgres
  echo "postgresql: $(psql_pg -c 'SHOW server_version'), fsync=$(psql_pg -c 'SHOW fsync'), synchronous_commit=$(psql_pg -c 'SHOW synchronous_commit')" | tee -a "$SCRATCH/environment.txt"
fi
ports=(-Djboss.socket.binding.port-offset="$OFFSET" -Dflute.smtp.port="$SMTP")
for pp in submission:10587 smtps:10465 pop3:10110 pop3s:10995 imap:10143 imaps:10993 managesieve:14190; do
  ports+=("-Dflute.${pp%%:*}.port=$((${pp#*:} + OFFSET))")
done
log "starting Flute (offset $OFFSET: HTTP $HTTP_PORT, SMTP $SMTP)"
(
  cd "$SRV" || exit 1
  unset LAUNCH_JBOSS_IN_BACKGROUND JBOSS_PIDFILE
  export JBOSS_HOME=$SRV FLUTE_ADMIN_PASSWORD=$ADMIN_PW FLUTE_DOMAIN=example.test
  [ -n "$JFR" ] && JDK_JAVA_OPTIONS=$(jfr_java_options) && export JDK_JAVA_OPTIONS
  exec bin/standalone.sh -c standalone-full.xml "${ports[@]}"
) > "$SCRATCH/console.log" 2>&1 &
LAUNCHER=$!
ready=""
for _ in $(seq 1 180); do
  [ -z "$JVM" ] && JVM=$(child_java "$LAUNCHER")
  alive "$LAUNCHER" || { tail -40 "$SCRATCH/console.log"; echo "Flute exited while starting" >&2; exit 1; }
  if grep -q 'WFLYSRV0026' "$SCRATCH/console.log"; then   # "started (with errors)"
    grep -m5 -E 'ERROR|failure description' "$SCRATCH/console.log"; echo "Flute started with errors" >&2; exit 1
  fi
  if curl -fsS -o /dev/null --max-time 3 "$API/health" 2>/dev/null && port_busy "$SMTP"; then ready=1; break; fi
  sleep 1
done
# standalone.sh may run a short-lived java before the server's: take the child that is there now.
alive "$JVM" || JVM=$(child_java "$LAUNCHER")
[ -n "$ready" ] && [ -n "$JVM" ] || { tail -40 "$SRV/standalone/log/server.log" 2>/dev/null; echo "Flute not ready in 180 s" >&2; exit 1; }
log "Flute up (JVM pid $JVM)"
curl -fsS -o /dev/null -u "admin:$ADMIN_PW" -H 'Content-Type: application/json' \
  -d "{\"address\":\"$FLUTE_RCPT\",\"password\":\"$FLUTE_RCPT_PW\",\"displayName\":\"Bench\"${QUOTA:+,\"quotaBytes\":$QUOTA}}" "$API/accounts" \
  || { echo "cannot create the account $FLUTE_RCPT" >&2; exit 1; }

# ---- runs ----------------------------------------------------------------------------------
run() {  # run LABEL SIDE N SIZE [extra ingest_run.py args]
  local label=$1 side=$2 n=$3 size=$4; shift 4
  local args=(--label "$label" --n "$n" --size "$size" --sessions "$SESSIONS" --smtp-source "$SMTP_SOURCE" $REUSE)
  if [ "$side" = flute ]; then
    # The recipient counts its INBOX over IMAPS with one login (--rest-poll: the admin's REST
    # requests as before 2026-11-30 10:30, each paying a password digest).
    if [ -n "$REST_POLL" ]; then
      args+=(--flute-api "$API" --user admin --password "$ADMIN_PW")
    else
      args+=(--imaps "$IMAPS" --password "$FLUTE_RCPT_PW")
    fi
    args+=(--port "$SMTP" --rcpt "$FLUTE_RCPT" --cpu-pids "$JVM" --timeout 400)
  else
    # Counted like Flute (an IMAPS session, 0.5 s polls) unless --peer-count maildir, which costs
    # the peer nothing and so may poll every 0.1 s.
    if [ "$PEER_COUNT" = imap ]; then
      args+=(--imaps "$IMAPS_PORT" --user "$PEER_RCPT" --password "$PEER_PASS")
    else
      args+=(--maildir "$PEER_MAILDIR" --coarse-interval 0.1)
    fi
    args+=(--port "$SMTP_PORT" --rcpt "$PEER_RCPT" --cpu-pids "$PEER_PIDS" --timeout 200)
  fi
  local out
  out=$(python3 "$HERE/ingest_run.py" "${args[@]}" "$@" 2> >(sed 's/^/    /' >&2))
  local rc=$?
  local line=${out##*$'\n'}
  case "$line" in
    "{"*) echo "$line" >> "$RESULTS" ;;
    *) echo "    $label: no result (ingest_run.py rc=$rc)"; return 1 ;;
  esac
  python3 - "$line" <<'EOF'
import json, sys
r = json.loads(sys.argv[1])
print(f"    {r['label']}: {r['n']} x {r['size']} B: accepted {r['accepted_per_s']}/s ({r['accept_s']} s), "
      f"delivered {r['delivered_per_s']}/s ({r['deliver_s']} s, {r['delivered']} in INBOX), "
      f"server CPU {r['server_cpu_ms_per_msg']} ms/msg, machine {r['machine_cores_busy_total']} cores busy, "
      f"load {r['loadavg_start']}->{r['loadavg_end']}, errors {r['errors']}")
EOF
  return $rc
}

# The JIT compiler's share of Flute's CPU between two thread snapshots (percent).
JIT_THREADS='C[12] CompilerThre'
jit_share() { python3 "$HERE/thread_cpu.py" share "$1" "$2" "$JIT_THREADS"; }
# One warm-up round: N4 x 4 KB and WARM100K x 100 KB into Flute; sets share (the JIT's, percent).
WARMED=0
warm_round() {  # warm_round LABEL-SUFFIX N4
  python3 "$HERE/thread_cpu.py" snapshot "$JVM" "$SCRATCH/warm.before"
  run "warmup-flute-4k$1" flute "$2" "$SIZE4K" || log "warm-up run had errors (see above)"
  run "warmup-flute-100k$1" flute "$WARM100K" "$SIZE100K" || log "warm-up run had errors (see above)"
  python3 "$HERE/thread_cpu.py" snapshot "$JVM" "$SCRATCH/warm.after" after
  WARMED=$((WARMED + $2 + WARM100K))
  share=$(jit_share "$SCRATCH/warm.before" "$SCRATCH/warm.after")
}
if [ -n "$WARM4K" ]; then
  log "warm-up (not counted): $WARM4K x 4 KB and $WARM100K x 100 KB, fixed (--warm4k or --quick)"
  warm_round "" "$WARM4K"
  log "warm-up done; the JIT compiler took $share % of Flute's CPU in it"
else
  # Until the JIT has settled: a server runs for months, and what it pays while the JIT compiles its
  # hot paths (minutes on 2 cores for WildFly, Artemis, Hibernate and H2) is not its ingest rate.
  log "warm-up (not counted): rounds of 2000 x 4 KB + $WARM100K x 100 KB until the JIT compiler takes under $JIT_SETTLED % of a round's CPU (at most $WARM_ROUNDS rounds)"
  for round in $(seq 1 "$WARM_ROUNDS"); do
    warm_round "-$round" 2000
    log "warm-up round $round: the JIT compiler took $share % of Flute's CPU"
    awk -v s="$share" -v limit="$JIT_SETTLED" 'BEGIN { exit !(s < limit) }' && break
  done
fi
echo "flute warm-up: $WARMED messages; the JIT compiler's share of its last round ${share:-?} %" >> "$SCRATCH/environment.txt"
# Each run starts both sides from a small INBOX: Flute's server is a fresh copy, and the peer's
# recipient loses what earlier runs left (a peer kept running between runs had grown to 60,000
# messages, and Dovecot's CPU per delivery with it). Dovecot makes the Maildir again on delivery.
rm -rf "${PEER_RUN:?}/mail/$PEER_USER"
run warmup-peer-4k peer "$PEERWARM" "$SIZE4K" || log "warm-up run had errors (see above)"

log "measured runs"
errors=0
for spec in "$N4K:$SIZE4K:4k" "$N100K:$SIZE100K:100k"; do
  IFS=: read -r n size tag <<< "$spec"
  sleep 3   # let the previous run's last deliveries and disk writes settle
  jfr_from=$(jfr_mark)
  python3 "$HERE/thread_cpu.py" snapshot "$JVM" "$SCRATCH/threads-$tag.before"
  run "flute-$tag" flute "$n" "$size" || errors=$((errors + 1))
  python3 "$HERE/thread_cpu.py" snapshot "$JVM" "$SCRATCH/threads-$tag.after" after
  python3 "$HERE/thread_cpu.py" diff "$SCRATCH/threads-$tag.before" "$SCRATCH/threads-$tag.after" "$n" \
    > "$SCRATCH/threads-$tag.txt"
  echo "    flute-$tag: the JIT compiler took $(jit_share "$SCRATCH/threads-$tag.before" "$SCRATCH/threads-$tag.after") % of Flute's CPU" \
    | tee -a "$SCRATCH/environment.txt"
  [ -n "$THREADS" ] && sed 's/^/  /' "$SCRATCH/threads-$tag.txt"
  if [ -n "$JFR" ] && [ "$tag" = "$JFR_TAG" ]; then
    jfr_window "$JVM" "$jfr_from" "$SCRATCH/flute-$tag.jfr" > "$SCRATCH/jfr-summary.txt" 2>&1
    sed -n '1,60p' "$SCRATCH/jfr-summary.txt" | sed 's/^/  /'
  fi
  sleep 3
  run "peer-$tag" peer "$n" "$size" || errors=$((errors + 1))
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$SCRATCH/environment.txt"
[ -n "$THREADS" ] && jcmd "$JVM" Compiler.codecache 2>/dev/null | tee "$SCRATCH/codecache.txt" | sed 's/^/  /'

# ---- profile (optional, not counted) -------------------------------------------------------
if [ -n "$PROFILE" ]; then
  PROF=$SCRATCH/profile; mkdir -p "$PROF"
  NP=$(( N4K / 2 ))
  log "profile: $NP x 4 KB per side under strace -c (slower; not counted), jstack samples -> $PROF"
  pg_commits() { psql_pg -c "SELECT xact_commit FROM pg_stat_database WHERE datname = '$PG_DB'"; }
  pg_walsync() { psql_pg -c "SELECT wal_sync FROM pg_stat_wal"; }
  if [ "$DB" = postgresql ]; then c0=$(pg_commits); w0=$(pg_walsync); fi
  if command -v strace >/dev/null; then
    strace -f -c -e trace=fsync,fdatasync,pwrite64,rename -p "$JVM" -o "$PROF/strace-flute.txt" 2>/dev/null &
    STRACE=$!; BG_PIDS="$BG_PIDS $STRACE"; sleep 2
  fi
  ( for i in $(seq 1 30); do
      jstack "$JVM" > "$PROF/jstack-$i.txt" 2>/dev/null
      [ "$i" = 3 ] && top -b -H -n 1 -p "$JVM" | head -40 > "$PROF/top-threads.txt"
      sleep 2
    done ) &
  SAMPLER=$!; BG_PIDS="$BG_PIDS $SAMPLER"
  run profile-flute-4k flute "$NP" "$SIZE4K"
  alive "$SAMPLER" && kill "$SAMPLER" 2>/dev/null
  if [ -n "${STRACE:-}" ]; then kill -INT "$STRACE" 2>/dev/null; wait "$STRACE" 2>/dev/null; fi
  if [ "$DB" = postgresql ]; then
    c1=$(pg_commits); w1=$(pg_walsync)
    echo "flute_bench commits: $((c1 - c0)) for $NP messages ($(awk "BEGIN{printf \"%.2f\", ($c1-$c0)/$NP}") per message); cluster-wide WAL syncs: $((w1 - w0))" | tee "$PROF/postgresql.txt"
  fi
  if command -v strace >/dev/null; then
    mapfile -t tree < <(for r in ${PEER_PIDS//,/ }; do echo "$r"; ps -o pid= --ppid "$r"; done | tr -d ' ')
    pargs=(); for p in "${tree[@]}"; do [ -n "$p" ] && pargs+=(-p "$p"); done
    strace -f -c -e trace=fsync,fdatasync,pwrite64,rename "${pargs[@]}" -o "$PROF/strace-peer.txt" 2>/dev/null &
    STRACE=$!; BG_PIDS="$BG_PIDS $STRACE"; sleep 2
    run profile-peer-4k peer "$NP" "$SIZE4K"
    kill -INT "$STRACE" 2>/dev/null; wait "$STRACE" 2>/dev/null
    for side in flute peer; do
      echo "  syscalls, $side ($NP messages):"
      awk -v n="$NP" '$NF ~ /^(fsync|fdatasync|pwrite64|rename)$/ { printf "    %-10s %7d calls  %6.2f per message\n", $NF, $4, $4 / n }' "$PROF/strace-$side.txt"
    done
  fi
  python3 "$HERE/jstack_summary.py" "$PROF"/jstack-*.txt > "$PROF/jstack-summary.txt" 2>&1
  sed -n '1,22p' "$PROF/jstack-summary.txt" | sed 's/^/  /'
  log "profile data in $PROF"
fi

# ---- table ---------------------------------------------------------------------------------
echo
echo "SMTP ingest, Flute ($DB) vs Postfix $(postconf -d mail_version 2>/dev/null | sed 's/.* = //') + Dovecot $(dovecot --version | cut -d' ' -f1), $SESSIONS concurrent sessions, $([ -n "$REUSE" ] && echo 'connection reuse' || echo 'one message per connection'); Flute warmed up first ($WARMED messages)"
echo "accepted = messages / time until smtp-source got the last 250;  delivered = messages / time until all are in the INBOX"
echo "ratio = Flute / peer (goal: >= 1);  CPU = the server's own processes;  machine cores busy = all processes on the $(nproc)-core machine, ours and others'"
python3 "$HERE/report.py" "$RESULTS"
echo
python3 "$HERE/report.py" "$RESULTS" --markdown > "$SCRATCH/table.md"
cat "$SCRATCH/environment.txt"
echo "results: $RESULTS  (markdown table: $SCRATCH/table.md)"
[ "$errors" -eq 0 ]
