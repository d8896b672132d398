# Sourced by the benches that take --jfr: a flight recording of a measured window of a warm server.
#   jfr_java_options           the JVM options that start the recording with the JVM
#   jfr_mark                   the time now, as the recording writes its own (UTC, ISO 8601)
#   jfr_window JVM FROM FILE   dumps the recording since FROM to FILE and prints jfr_summary.py's
#                              digest of the samples between FROM and now
#
# The recording starts with the JVM rather than at the measured run: starting Flight Recorder in a
# running JVM makes the JIT compile its hot code again (in a warmed-up Flute the compiler took 30-40 %
# of the CPU of the recorded run and the one after it, against 4 % without; docs/performance.md,
# thirteenth round), so a recording started late profiles the compiler's work, not the server's.

jfr_java_options() {
  # Deep stacks (WildFly's interceptors) would be cut at JFR's default depth of 64 frames.
  echo "-XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=name=bench,settings=profile,disk=true,maxage=30m"
}

jfr_mark() {
  date -u +%Y-%m-%dT%H:%M:%S.%NZ
}

jfr_window() {
  local jvm=$1 from=$2 file=$3 to
  to=$(jfr_mark)
  jcmd "$jvm" JFR.dump name=bench begin="$from" filename="$file" >/dev/null
  python3 "$(dirname "${BASH_SOURCE[0]}")/jfr_summary.py" "$file" --from "$from" --to "$to"
}
