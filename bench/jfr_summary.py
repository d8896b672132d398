#!/usr/bin/env python3
"""Where a Java Flight Recorder recording's CPU samples fall: by thread group, by the innermost frame
(self time) and by the Flute frames on the stack (inclusive), plus the time spent in GC.

usage: jfr_summary.py RECORDING.jfr [--from TIME] [--to TIME]   (needs the JDK's `jfr` tool on the PATH)
  --from/--to  count only what happened between these times (ISO 8601, as `date -u +%Y-%m-%dT%H:%M:%S.%NZ`
               prints them): a recording that began with the JVM holds its warm-up too
"""
import argparse
import collections
import datetime
import json
import re
import subprocess


def within(event, window):
    start, end = window
    at = datetime.datetime.fromisoformat(event["values"]["startTime"])
    return (start is None or at >= start) and (end is None or at <= end)


def events(recording, kind, window, *options):
    out = subprocess.run(["jfr", "print", *options, "--json", "--events", kind, recording],
                         check=True, capture_output=True, text=True).stdout
    return [e for e in json.loads(out)["recording"]["events"] if within(e, window)]


def samples(recording, window):
    # `jfr print` keeps only the innermost 5 frames unless told otherwise: the inclusive shares
    # (libraries, Flute frames) need the whole stack.
    for event in events(recording, "jdk.ExecutionSample", window, "--stack-depth", "512"):
        v = event["values"]
        thread = (v.get("sampledThread") or {}).get("javaName") or "?"
        frames = []
        for f in (v.get("stackTrace") or {}).get("frames") or []:
            m = f["method"]
            frames.append(m["type"]["name"].replace("/", ".") + "." + m["name"])
        yield thread, frames


def gc_pauses(recording, window):
    ms = 0.0
    for event in events(recording, "jdk.GarbageCollection", window):
        d = event["values"].get("sumOfPauses", "PT0S")
        m = re.match(r"PT(?:([\d.]+)M)?([\d.]+)S", d)
        if m:
            ms += (float(m.group(1) or 0) * 60 + float(m.group(2))) * 1000
    return ms


LIBRARIES = [
    ("org.h2.", "H2 database"), ("org.postgresql.", "PostgreSQL driver"), ("org.hibernate.", "Hibernate"),
    ("org.apache.activemq.", "Artemis broker/client"), ("com.arjuna.", "Narayana transactions"),
    ("org.jboss.logmanager.", "logging"), ("org.jboss.weld.", "Weld (CDI)"), ("org.jboss.as.ejb3.", "EJB container"),
    ("org.jboss.invocation.", "interceptors"), ("sun.security.provider.", "digests"),
    ("sun.nio.ch.FileDispatcherImpl.force", "fsync"), ("org.xbill.", "dnsjava"), ("java.net.SocketInputStream", "socket read"),
    ("org.wildfly.security.", "Elytron"), ("io.undertow.", "Undertow (REST polling)"), ("org.jboss.resteasy.", "RESTEasy"),
]


def innermost_library(frames):
    for f in frames:
        for prefix, label in LIBRARIES:
            if f.startswith(prefix):
                return label
        if f.startswith("org.flutemail."):
            return "Flute's own code"
    return "other (JDK, JIT-less frames)"


def group(thread):
    return re.sub(r"[-\s]*\d+$", "", thread)


def main():
    parser = argparse.ArgumentParser(description="Where a flight recording's CPU samples fall.")
    parser.add_argument("recording")
    parser.add_argument("--from", dest="start", type=datetime.datetime.fromisoformat)
    parser.add_argument("--to", dest="end", type=datetime.datetime.fromisoformat)
    args = parser.parse_args()
    recording, window = args.recording, (args.start, args.end)
    by_thread, self_time, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    libraries = collections.Counter()
    n = 0
    for thread, frames in samples(recording, window):
        n += 1
        by_thread[group(thread)] += 1
        if frames:
            self_time[frames[0]] += 1
        for key in {f for f in frames if f.startswith("org.flutemail.") and "$$Lambda" not in f and "$Proxy$" not in f}:
            inclusive[key] += 1
        libraries[innermost_library(frames)] += 1
    print(f"{n} CPU samples")
    print("by thread group:")
    for k, c in by_thread.most_common(12):
        print(f"  {100 * c / n:5.1f}%  {k}")
    print("top frames (self):")
    for k, c in self_time.most_common(25):
        print(f"  {100 * c / n:5.1f}%  {k}")
    print("where the time is (each sample counted once, for the innermost listed library on its stack):")
    for k, c in libraries.most_common():
        print(f"  {100 * c / n:5.1f}%  {k}")
    print("Flute frames (inclusive):")
    for k, c in inclusive.most_common(40):
        print(f"  {100 * c / n:5.1f}%  {k}")
    ms = gc_pauses(recording, window)
    print(f"GC pauses: {ms:.0f} ms in total")


if __name__ == "__main__":
    main()
