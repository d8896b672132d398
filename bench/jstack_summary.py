#!/usr/bin/env python3
"""Where Flute's threads are: summarises jstack samples taken during a benchmark run.

usage: jstack_summary.py jstack-1.txt jstack-2.txt ...
For every thread that has a Flute frame (org.flutemail.*) on its stack, counts the pair
(state and top frame, innermost Flute frame) over all samples, and prints the most frequent
pairs. A pair seen often is where the ingest path spends (or waits for) its time.
"""
import collections
import re
import sys

HEADER = re.compile(r'^"(?P<name>[^"]*)"')
CPU = re.compile(r'^"(?P<name>[^"]*)".* cpu=(?P<ms>[0-9.]+)ms')
STATE = re.compile(r"java.lang.Thread.State: (\S+)")


def threads(text):
    block = []
    for line in text.splitlines():
        if HEADER.match(line) and block:
            yield block
            block = []
        block.append(line)
    if block:
        yield block


def group(name):
    """Thread name without its numbers: 'Thread-3 (activemq-client-global)' -> 'Thread-# (...)'."""
    return re.sub(r"\d+", "#", name)


def main():
    pairs = collections.Counter()
    samples = 0
    busy_per_sample = []
    cpu_first, cpu_last = None, None
    for path in sys.argv[1:]:
        text = open(path, errors="replace").read()
        if "Full thread dump" not in text:
            continue
        samples += 1
        busy = 0
        cpu = {}
        for line in text.splitlines():
            m = CPU.match(line)
            if m:
                cpu[m.group("name")] = float(m.group("ms"))
        cpu_first = cpu_first if cpu_first is not None else cpu
        cpu_last = cpu
        for block in threads(text):
            frames = [l.strip()[3:] for l in block if l.strip().startswith("at ")]
            flute = [f for f in frames if f.startswith("org.flutemail.")]
            if not flute:
                continue
            busy += 1
            m = STATE.search("\n".join(block[:3]))
            state = m.group(1) if m else "?"
            top = re.sub(r"\(.*\)", "", frames[0])
            inner = re.sub(r"\(.*\)", "", flute[0])
            pairs[(state, top, inner)] += 1
        busy_per_sample.append(busy)
    if not samples:
        print("no jstack samples")
        return
    print(f"{samples} samples; threads with a Flute frame per sample: "
          f"min {min(busy_per_sample)}, max {max(busy_per_sample)}, "
          f"mean {sum(busy_per_sample) / samples:.1f}")
    groups = collections.Counter()
    for name, ms in cpu_last.items():
        groups[group(name)] += ms - cpu_first.get(name, 0.0)
    total = sum(groups.values())
    print(f"CPU between the first and last sample: {total / 1000:.1f} s; by thread group:")
    for g, ms in groups.most_common(10):
        print(f"  {ms / 1000:7.2f} s  {100 * ms / max(total, 1):5.1f} %  {g}")
    print(" count  state          top frame  <-  innermost Flute frame")
    for (state, top, inner), n in pairs.most_common(20):
        print(f"{n:6d}  {state:13s}  {top}  <-  {inner}")


if __name__ == "__main__":
    main()
