#!/usr/bin/env python3
"""Where a Java Flight Recorder recording's CPU samples fall: by thread group, by the innermost frame
(self time) and by the Flute frames on the stack (inclusive), plus the time spent in GC.

usage: jfr_summary.py RECORDING.jfr   (needs the JDK's `jfr` tool on the PATH)
"""
import collections
import json
import re
import subprocess
import sys


def samples(recording):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample",
                          recording],
                         check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        v = event["values"]
        thread = (v.get("sampledThread") or {}).get("javaName") or "?"
        frames = []
        for f in (v.get("stackTrace") or {}).get("frames") or []:
            m = f["method"]
            frames.append(m["type"]["name"].replace("/", ".") + "." + m["name"])
        yield thread, frames


def gc_pauses(recording):
    out = subprocess.run(["jfr", "summary", recording], check=True, capture_output=True, text=True).stdout
    total = subprocess.run(["jfr", "print", "--json", "--events", "jdk.GarbageCollection", recording],
                           check=True, capture_output=True, text=True).stdout
    ms = 0.0
    for event in json.loads(total)["recording"]["events"]:
        d = event["values"].get("sumOfPauses", "PT0S")
        m = re.match(r"PT(?:([\d.]+)M)?([\d.]+)S", d)
        if m:
            ms += (float(m.group(1) or 0) * 60 + float(m.group(2))) * 1000
    return ms, out


LIBRARIES = [
    ("org.h2.", "H2 database"), ("org.postgresql.", "PostgreSQL driver"), ("org.hibernate.", "Hibernate"),
    ("org.apache.activemq.", "Artemis broker/client"), ("com.arjuna.", "Narayana transactions"),
    ("org.jboss.logmanager.", "logging"), ("org.jboss.weld.", "Weld (CDI)"), ("org.jboss.as.ejb3.", "EJB container"),
    ("org.jboss.invocation.", "interceptors"), ("sun.security.provider.", "digests"),
    ("sun.nio.ch.FileDispatcherImpl.force", "fsync"), ("org.xbill.", "dnsjava"), ("java.net.SocketInputStream", "socket read"),
    ("org.wildfly.security.", "Elytron"), ("io.undertow.", "Undertow (REST polling)"), ("org.jboss.resteasy.", "RESTEasy"),
]


def group(thread):
    return re.sub(r"[-\s]*\d+$", "", thread)


def main():
    recording = sys.argv[1]
    by_thread, self_time, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    libraries = collections.Counter()
    n = 0
    for thread, frames in samples(recording):
        n += 1
        by_thread[group(thread)] += 1
        if frames:
            self_time[frames[0]] += 1
        for key in {f for f in frames if f.startswith("org.flutemail.") and "$$Lambda" not in f}:
            inclusive[key] += 1
        for key in {label for f in frames for prefix, label in LIBRARIES if f.startswith(prefix)}:
            libraries[key] += 1
    print(f"{n} CPU samples")
    print("by thread group:")
    for k, c in by_thread.most_common(12):
        print(f"  {100 * c / n:5.1f}%  {k}")
    print("top frames (self):")
    for k, c in self_time.most_common(25):
        print(f"  {100 * c / n:5.1f}%  {k}")
    print("libraries on the stack (inclusive; a sample counts for each library it passes through):")
    for k, c in libraries.most_common():
        print(f"  {100 * c / n:5.1f}%  {k}")
    print("Flute frames (inclusive):")
    for k, c in inclusive.most_common(40):
        print(f"  {100 * c / n:5.1f}%  {k}")
    ms, _ = gc_pauses(recording)
    print(f"GC pauses: {ms:.0f} ms in total")


if __name__ == "__main__":
    main()
