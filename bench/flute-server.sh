# Sourced by the IMAP benches: a copy of the provisioned server on its own port offset (H2), and one account.
#   flute_start SCRATCH OFFSET ADMIN_PASSWORD   copies $SERVER_SRC (default wildfly-config/target/server) to SCRATCH/server, starts it
#                                               (JBOSS_JAVA_SIZING from the environment if set) and waits for
#                                               the health check; sets JVM to the server's pid
#   flute_account OFFSET ADMIN_PASSWORD ADDRESS PASSWORD
#   flute_stop                                  SIGTERM, SIGKILL after 30 s
JVM=""

flute_start() {
  local scratch=$1 offset=$2 admin_pw=$3
  cp -r "${SERVER_SRC:-$ROOT/wildfly-config/target/server}" "$scratch/server"
  rm -rf "$scratch/server/standalone/data" "$scratch/server/standalone/log" "$scratch/server/standalone/tmp"
  (cd "$scratch/server" && FLUTE_ADMIN_PASSWORD=$admin_pw FLUTE_DOMAIN=example.test \
    bin/standalone.sh -c standalone-full.xml -Djboss.socket.binding.port-offset="$offset" \
    -Dflute.smtp.port=$((10025 + offset)) -Dflute.submission.port=$((10587 + offset)) \
    -Dflute.smtps.port=$((10465 + offset)) -Dflute.pop3.port=$((10110 + offset)) \
    -Dflute.pop3s.port=$((10995 + offset)) -Dflute.imap.port=$((10143 + offset)) \
    -Dflute.imaps.port=$((10993 + offset)) > "$scratch/console.log" 2>&1 &)
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$((8080 + offset))/api/v1/health" >/dev/null && break; sleep 0.5
  done
  JVM=$(pgrep -f "$scratch/server/jboss-modules.jar" | head -1)
  [ -n "$JVM" ]
}

flute_account() {
  curl -sf -u "admin:$2" -H 'Content-Type: application/json' -d "{\"address\":\"$3\",\"password\":\"$4\"}" \
    "http://127.0.0.1:$((8080 + $1))/api/v1/accounts" >/dev/null
}

flute_stop() {
  [ -n "$JVM" ] && kill -TERM "$JVM" 2>/dev/null
  for _ in $(seq 1 60); do [ -n "$JVM" ] && kill -0 "$JVM" 2>/dev/null || break; sleep 0.5; done
  [ -n "$JVM" ] && kill -KILL "$JVM" 2>/dev/null
  true
}
