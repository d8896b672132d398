#!/usr/bin/env bash
# Webmail render times for a 100,000-message mailbox (issue 6).
#
#   bench/webmail-render.sh [--messages N] [--requests N] [--offset N] [--server DIR]
#
# Starts a copy of the provisioned server (H2) on port offset 3250, creates one account, fills its
# INBOX with N messages (default 100,000) by pipelined IMAP APPEND (imap_load.py fill), then logs in to
# the webmail over HTTP and times the message list page and the opening of a message (webmail_render.py),
# p50 and p99 over --requests (default 200) each. Prints the figures with the load average.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
MESSAGES=100000 REQUESTS=200 OFFSET=3250
SERVER_SRC=$ROOT/wildfly-config/target/server
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --offset) OFFSET=$2; shift 2 ;;
    --server) SERVER_SRC=$(cd "${2:-}" && pwd) || exit 2; shift 2 ;;
    *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
[ -f "$SERVER_SRC/standalone/deployments/flute.ear" ] || { echo "webmail-render: build the server first" >&2; exit 2; }
SCRATCH=$HERE/target/webmail
ADMIN_PW=bench-admin-$$
USER=bench@example.test PASS=Bench-Pass-1
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
# shellcheck source=flute-server.sh
source "$HERE/flute-server.sh"
trap flute_stop EXIT
log "starting Flute (offset $OFFSET, H2) from $SERVER_SRC"
flute_start "$SCRATCH" "$OFFSET" "$ADMIN_PW" || { echo "webmail-render: Flute did not start" >&2; exit 1; }
flute_account "$OFFSET" "$ADMIN_PW" "$USER" "$PASS" || { echo "webmail-render: cannot create the account" >&2; exit 1; }

log "filling the INBOX with $MESSAGES messages over IMAP"
t0=$(date +%s)
python3 "$HERE/imap_load.py" fill 127.0.0.1 $((10993 + OFFSET)) "$USER" "$PASS" INBOX "$MESSAGES" || exit 1
log "  filled in $(( $(date +%s) - t0 )) s"
log "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/webmail_render.py" "http://127.0.0.1:$((8080 + OFFSET))" "$USER" "$PASS" "$REQUESTS" || exit 1
log "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
