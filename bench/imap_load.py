#!/usr/bin/env python3
"""IMAP load for bench/imap-mix.sh: fills a mailbox, then runs a mix of commands from many clients.

usage: imap_load.py fill HOST PORT USER PASS MAILBOX COUNT
       imap_load.py mix  HOST PORT USER PASS MAILBOX SECONDS CLIENTS

Both talk IMAPS (TLS from the first octet, certificate not checked). `fill` empties MAILBOX (creating
it) and appends COUNT messages of about 3 kB, pipelined with LITERAL+. `mix` runs CLIENTS sessions for
SECONDS, measured from when all have logged in; each selects MAILBOX and repeats: FETCH of 20
headers, FETCH of one body, STORE of a flag, SEARCH, APPEND of a small message, and every tenth round
a SEARCH FROM and the UID EXPUNGE (UIDPLUS) of what it appended.
Prints one JSON line: operations, operations per second, p50 and p99 latency in milliseconds, and the
same for each kind of operation (per_op); with SERVER_PID in the environment also the CPU time that
process used during the measured window (server_cpu_s, server_cpu_ms_per_op).
"""
import imaplib
import json
import os
import random
import socket
import ssl
import sys
import threading
import time

CONTEXT = ssl._create_unverified_context()
WORDS = "report budget meeting schedule travel invoice project review customer release".split()


def message(i, size=3000):
    subject = "%s %s %d" % (random.choice(WORDS), random.choice(WORDS), i)
    body = ("line %d of the bench message, " % i) * (size // 32)
    return ("From: bench%d@example.test\r\nTo: user@example.test\r\nSubject: %s\r\n"
            "Message-ID: <bench-%d-%f@example.test>\r\n\r\n%s\r\n" % (i % 50, subject, i, time.time(), body)
            ).encode("ascii")


def fill(host, port, user, password, mailbox, count):
    imap = imaplib.IMAP4_SSL(host, port, ssl_context=CONTEXT)
    imap.login(user, password)
    imap.create(mailbox)
    typ, data = imap.select(mailbox)
    if int(data[0]) > 0:
        imap.store("1:*", "+FLAGS.SILENT", "(\\Deleted)")
        imap.expunge()
    sock = imap.sock
    sent = 0
    batch = 200
    while sent < count:
        n = min(batch, count - sent)
        out = bytearray()
        for j in range(n):
            m = message(sent + j)
            out += b"f%d APPEND %s {%d+}\r\n" % (sent + j, mailbox.encode(), len(m)) + m + b"\r\n"
        sock.sendall(bytes(out))
        last = b"f%d " % (sent + n - 1)
        buf = b""
        while last not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("the server closed the connection during the fill")
            buf += chunk
            # keep only the tail: replies are short
            buf = buf[-4096:] if len(buf) > 65536 else buf
        sent += n
    imap.logout()


def summary(times, elapsed):
    times = sorted(times)
    n = len(times)
    return {"operations": n, "ops_per_s": round(n / elapsed, 1),
            "p50_ms": round(1000 * times[n // 2], 2) if n else None,
            "p99_ms": round(1000 * times[min(n - 1, int(n * 0.99))], 2) if n else None}


def server_cpu():
    """CPU seconds (user + system) the server process SERVER_PID has used, or None without it."""
    pid = os.environ.get("SERVER_PID")
    if not pid:
        return None
    with open("/proc/%s/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def mix(host, port, user, password, mailbox, seconds, clients):
    latencies = []
    lock = threading.Lock()
    errors = []
    # The measured window starts once every client has logged in: a login's password hashing is the
    # same whatever the mix, and 50 of them would weigh on a short run.
    logged_in = threading.Barrier(clients + 1)
    window = {}

    def run(n):
        mine = []
        try:
            try:
                imap = imaplib.IMAP4_SSL(host, port, ssl_context=CONTEXT)
                imap.login(user, password)
            finally:
                logged_in.wait()
            t0 = time.perf_counter()
            typ, data = imap.select(mailbox)
            mine.append(("select", time.perf_counter() - t0))
            total = int(data[0])
            deadline = window["deadline"]
            rnd = random.Random(n)
            rounds = 0
            appended = []

            def append():
                typ, data = imap.append(mailbox, "(\\Seen)", None, message(10_000_000 + n, 500))
                text = data[0].decode() if data and data[0] else ""
                if "APPENDUID" in text:
                    appended.append(text.split("APPENDUID")[1].split()[1].rstrip("]"))

            def expunge_mine():
                if appended:
                    uids = ",".join(appended)
                    imap.uid("STORE", uids, "+FLAGS.SILENT", "(\\Deleted)")
                    imap.uid("EXPUNGE", uids)
                    appended.clear()

            while time.monotonic() < deadline:
                rounds += 1
                start = rnd.randint(1, max(1, total - 20))
                ops = [
                    ("fetch-headers", lambda: imap.fetch("%d:%d" % (start, start + 19),
                                       "(UID FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")),
                    ("fetch-body", lambda: imap.fetch(str(rnd.randint(1, total)), "(BODY.PEEK[])")),
                    ("store", lambda: imap.store(str(rnd.randint(1, total)), "+FLAGS.SILENT", "(\\Flagged)")),
                    ("search-subject", lambda: imap.search(None, "SUBJECT", rnd.choice(WORDS))),
                    ("append", append),
                ]
                if rounds % 10 == 0:
                    ops.append(("search-from",
                                lambda: imap.uid("SEARCH", "FROM", "bench%d@" % ((10_000_000 + n) % 50))))
                    ops.append(("expunge", expunge_mine))
                for name, op in ops:
                    t0 = time.perf_counter()
                    op()
                    mine.append((name, time.perf_counter() - t0))
            imap.logout()
        except Exception as e:  # a failure is reported, not hidden
            errors.append("%s: %s" % (type(e).__name__, e))
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    window["deadline"] = time.monotonic() + seconds
    logged_in.wait()
    started = time.monotonic()
    window["deadline"] = started + seconds
    cpu_before = server_cpu()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    cpu = server_cpu() - cpu_before if cpu_before is not None else None
    result = summary([t for _, t in latencies], elapsed)
    if cpu is not None:
        result["server_cpu_s"] = round(cpu, 1)
        result["server_cpu_ms_per_op"] = round(1000 * cpu / max(1, len(latencies)), 2)
    result["per_op"] = {name: summary([t for op, t in latencies if op == name], elapsed)
                        for name in sorted({op for op, _ in latencies})}
    result["errors"] = errors[:5]
    print(json.dumps(result))


if __name__ == "__main__":
    socket.setdefaulttimeout(120)
    if sys.argv[1] == "fill":
        fill(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], int(sys.argv[7]))
    else:
        mix(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], float(sys.argv[7]),
            int(sys.argv[8]))
