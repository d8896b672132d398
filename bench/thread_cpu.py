#!/usr/bin/env python3
"""CPU time of one Java process's threads, grouped by thread name, between two snapshots.

usage: thread_cpu.py snapshot PID FILE [before|after]   record every thread's name and CPU ticks
       thread_cpu.py diff BEFORE AFTER [N]              each group's CPU (ms, and ms per message if N)
       thread_cpu.py share BEFORE AFTER REGEX           percent of the process's CPU in the threads
                                                        whose name matches REGEX (e.g. the JIT's)

Names are the JVM's own (jcmd Thread.print, matched by native thread id), falling back to the
kernel's, which cuts them at 15 characters. Threads are grouped by name with numbers folded to '#'
("default-threads - 12" and "default-threads - 3" are one group), so that a pool's work shows as one
line. The names are read at the snapshot's edge away from the measured window ('before': names, then
ticks; 'after': ticks, then names), so that jcmd's own work falls outside it. Threads that ended
between the snapshots are missing from AFTER: the last line ("not accounted") shows their CPU as the
difference from the process's own total.
"""
import json, os, re, subprocess, sys

TICK_MS = 1000.0 / os.sysconf("SC_CLK_TCK")


def ticks(stat_text):
    # Field 2 (comm) may hold spaces and parentheses: split after its last ')'.
    rest = stat_text[stat_text.rindex(")") + 2:].split()
    return int(rest[11]) + int(rest[12])  # utime + stime


def java_names(pid):
    """Native thread id -> the JVM's thread name; empty when jcmd is not there or fails."""
    try:
        out = subprocess.run(["jcmd", str(pid), "Thread.print"], capture_output=True, text=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    names = {}
    for m in re.finditer(r'^"(.*?)".*?\bnid=(0x[0-9a-f]+)', out, re.MULTILINE):
        names[str(int(m.group(2), 16))] = m.group(1)
    return names


def read_ticks(pid):
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                comm = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                threads[tid] = [comm, ticks(f.read())]
        except (FileNotFoundError, ProcessLookupError):
            continue
    with open(f"/proc/{pid}/stat") as f:
        return ticks(f.read()), threads


def snapshot(pid, path, edge):
    names = java_names(pid) if edge == "before" else {}
    total, threads = read_ticks(pid)
    if edge != "before":
        names = java_names(pid)
    for tid, entry in threads.items():
        entry[0] = names.get(tid, entry[0])
    with open(path, "w") as f:
        json.dump({"total": total, "threads": threads}, f)


def group(name):
    return re.sub(r"\d+", "#", name)


def spent(before_path, after_path):
    """(the process's ticks between the snapshots, {thread name: ticks}) for threads that ran."""
    with open(before_path) as f:
        before = json.load(f)
    with open(after_path) as f:
        after = json.load(f)
    threads = []
    for tid, (name, t) in after["threads"].items():
        old = before["threads"].get(tid)
        ticks_spent = t - (old[1] if old else 0)
        if ticks_spent:
            threads.append((name, ticks_spent))
    return after["total"] - before["total"], threads


def share(before_path, after_path, pattern):
    total, threads = spent(before_path, after_path)
    matched = sum(t for name, t in threads if re.search(pattern, name))
    print(f"{100.0 * matched / total if total else 0:.1f}")


def diff(before_path, after_path, n):
    total, threads = spent(before_path, after_path)
    groups = {}
    for name, t in threads:
        g = groups.setdefault(group(name), [0, 0])
        g[0] += t
        g[1] += 1
    accounted = sum(g[0] for g in groups.values())
    width = min(max([len(k) for k in groups] + [24]), 56)
    per = f"  {'ms/msg':>8}" if n else ""
    print(f"{'thread group':<{width}} {'threads':>7} {'ms':>9}{per}  share")
    rows = sorted(groups.items(), key=lambda kv: -kv[1][0])
    rows.append(("(not accounted)", [total - accounted, 0]))
    for name, (t, count) in rows:
        ms = t * TICK_MS
        line = f"{name[:width]:<{width}} {count:>7} {ms:>9.0f}"
        if n:
            line += f"  {ms / n:>8.3f}"
        print(f"{line}  {100.0 * t / total if total else 0:5.1f} %")
    line = f"{'process total':<{width}} {'':>7} {total * TICK_MS:>9.0f}"
    print(line + (f"  {total * TICK_MS / n:>8.3f}" if n else ""))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "snapshot":
        snapshot(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "before")
    elif len(sys.argv) >= 4 and sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    elif len(sys.argv) >= 5 and sys.argv[1] == "share":
        share(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
