#!/usr/bin/env python3
"""Prints the results table of smtp-ingest.sh from its results.jsonl (one JSON object per run).

usage: report.py RESULTS.jsonl [--markdown]
Rows: one per message size; columns: Flute and peer rates, accepted and delivered, and the ratio
Flute / peer. Runs labelled "flute-*" / "peer-*" and "warmup-*" (warm-up, not shown).
"""
import json
import sys


def fmt(x, unit=""):
    return "-" if x is None else f"{x:g}{unit}"


def ratio(a, b):
    return None if a is None or not b else round(a / b, 2)


def main():
    path = sys.argv[1]
    md = "--markdown" in sys.argv
    runs = [json.loads(line) for line in open(path) if line.strip()]
    by = {(r["label"].split("-")[0], r["size"]): r for r in runs if not r["label"].startswith("warmup")}
    sizes = sorted({s for (_, s) in by})
    head = ["size", "msgs", "Flute accepted/s", "peer accepted/s", "ratio acc.",
            "Flute delivered/s", "peer delivered/s", "ratio del.",
            "Flute CPU ms/msg", "peer CPU ms/msg", "machine cores busy (F / p)", "errors (F / p)"]
    rows = []
    for s in sizes:
        f, p = by.get(("flute", s), {}), by.get(("peer", s), {})
        rows.append([
            f"{s // 1024} KB", str(f.get("n", p.get("n", "-"))),
            fmt(f.get("accepted_per_s")), fmt(p.get("accepted_per_s")),
            fmt(ratio(f.get("accepted_per_s"), p.get("accepted_per_s"))),
            fmt(f.get("delivered_per_s")), fmt(p.get("delivered_per_s")),
            fmt(ratio(f.get("delivered_per_s"), p.get("delivered_per_s"))),
            fmt(f.get("server_cpu_ms_per_msg")), fmt(p.get("server_cpu_ms_per_msg")),
            f"{fmt(f.get('machine_cores_busy_total'))} / {fmt(p.get('machine_cores_busy_total'))}",
            f"{fmt(f.get('errors'))} / {fmt(p.get('errors'))}",
        ])
    if md:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    for line in [head] + rows:
        print("  ".join(c.rjust(w) for c, w in zip(line, widths)))


if __name__ == "__main__":
    main()
