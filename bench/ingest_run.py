#!/usr/bin/env python3
"""One SMTP ingest measurement: smtp-source load against one server, then wait for delivery.

usage: ingest_run.py --label L --port P --rcpt R --n N --size BYTES
                     (--imaps PORT [--user U] --password PW | --flute-api URL --user U --password PW
                      | --maildir DIR)
                     [--sessions 20] [--reuse] [--cpu-pids PID,...] [--timeout 300]

Starts Postfix's smtp-source (-s SESSIONS -m N -l SIZE) against 127.0.0.1:P and measures
  accepted  = N / time until smtp-source exits (every DATA answered 250; it aborts otherwise)
  delivered = N / time from the start until the recipient's INBOX holds N more messages
              (--imaps, either server: the recipient's own IMAPS session, logged in before the
               clock starts, INBOX examined (read-only), each poll a NOOP that reports new messages
               as "* n EXISTS", so each server pays for what an IMAP client sees; --flute-api:
               GET /api/v1/accounts/R/mailboxes as the administrator, which costs Flute an
               authentication (a password digest) per request; --maildir: files in the peer's
               Maildir new/ and cur/, which costs the peer nothing), polled every 0.5 s and every
               0.1 s once 95 % are there.
Also samples the CPU seconds used by the process trees rooted at --cpu-pids (the server), by the
whole machine (/proc/stat) and the load average, so that contention from other work is visible.
Prints one JSON object on the last line of stdout. Exit 0 when every message was accepted and
delivered in time, 1 otherwise. Only talks to 127.0.0.1.
"""
import argparse
import base64
import http.client
import json
import os
import imaplib
import resource
import ssl
import subprocess
import sys
import time
import urllib.parse

CLK = os.sysconf("SC_CLK_TCK")


def proc_children():
    """Map pid -> list of child pids, from /proc."""
    kids = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            kids.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            pass
    return kids


def tree_cpu_seconds(roots):
    """CPU (user+sys) of the live trees under roots, including reaped children (cutime/cstime)."""
    if not roots:
        return 0.0
    kids = proc_children()
    total, todo, seen = 0, list(roots), set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
        except (OSError, IndexError, ValueError):
            continue
        todo.extend(kids.get(pid, []))
    return total / CLK


def machine_cpu():
    """(busy, total) jiffies of all CPUs."""
    with open("/proc/stat") as f:
        vals = [int(x) for x in f.readline().split()[1:]]
    idle = vals[3] + (vals[4] if len(vals) > 4 else 0)
    return sum(vals) - idle, sum(vals)


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


class FluteCounter:
    def __init__(self, api, user, password, rcpt):
        u = urllib.parse.urlsplit(api)
        if u.hostname not in ("127.0.0.1", "localhost"):
            raise SystemExit("refusing a non-local API URL")
        self.host, self.port = u.hostname, u.port or 80
        self.path = u.path.rstrip("/") + "/accounts/" + urllib.parse.quote(rcpt) + "/mailboxes"
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.conn = None

    def __call__(self):
        for attempt in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.conn.request("GET", self.path, headers={"Authorization": self.auth})
                resp = self.conn.getresponse()
                body = resp.read()
                if resp.status != 200:
                    raise RuntimeError(f"GET {self.path}: HTTP {resp.status} {body[:200]!r}")
                return next(m["messages"] for m in json.loads(body) if m["name"] == "INBOX")
            except (OSError, http.client.HTTPException):
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


class ImapCounter:
    """The INBOX's message count as one logged-in IMAP client sees it: a poll is a NOOP.

    One login (a password hash check) for the whole run instead of one per REST request, and no
    whole-mailbox statistics query per poll: the server answers a NOOP from its change news."""

    def __init__(self, port, user, password):
        self.port, self.user, self.password = port, user, password
        self.imap, self.exists = None, 0

    def _open(self):
        tls = ssl.create_default_context()
        tls.check_hostname = False
        tls.verify_mode = ssl.CERT_NONE  # the servers' self-signed certificates, on loopback only
        self.imap = imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=tls, timeout=30)
        self.imap.login(self.user, self.password)
        typ, data = self.imap.select("INBOX", readonly=True)  # EXAMINE: claims no \Recent
        if typ != "OK":
            raise RuntimeError(f"EXAMINE INBOX: {typ} {data!r}")
        self.exists = int(data[0])

    def __call__(self):
        for attempt in range(2):
            try:
                if self.imap is None:
                    self._open()
                    return self.exists
                typ, data = self.imap.noop()
                if typ != "OK":
                    raise RuntimeError(f"NOOP: {typ} {data!r}")
                _, counts = self.imap.response("EXISTS")
                if counts and counts[-1] is not None:
                    self.exists = int(counts[-1])
                return self.exists
            except (OSError, imaplib.IMAP4.abort):
                self.imap = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


class MaildirCounter:
    def __init__(self, maildir):
        self.maildir = maildir

    def __call__(self):
        n = 0
        for sub in ("new", "cur"):
            try:
                n += sum(1 for e in os.scandir(os.path.join(self.maildir, sub)) if e.is_file())
            except FileNotFoundError:
                pass
        return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--rcpt", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--size", type=int, required=True)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--reuse", action="store_true", help="smtp-source -d: several messages per connection")
    ap.add_argument("--sender", default="bench@sender.test")
    ap.add_argument("--imaps", type=int, help="the server's IMAPS port: count as the recipient over IMAP")
    ap.add_argument("--flute-api")
    ap.add_argument("--user")
    ap.add_argument("--password")
    ap.add_argument("--maildir")
    ap.add_argument("--cpu-pids", default="")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--coarse-interval", type=float, default=0.5,
                    help="poll interval while more than 5 %% of the messages are missing (then 0.1 s)")
    ap.add_argument("--smtp-source", default="smtp-source")
    a = ap.parse_args()

    if a.imaps:
        count = ImapCounter(a.imaps, a.user or a.rcpt, a.password)
    elif a.flute_api:
        count = FluteCounter(a.flute_api, a.user, a.password, a.rcpt)
    elif a.maildir:
        count = MaildirCounter(a.maildir)
    else:
        ap.error("need --imaps, --flute-api or --maildir")
    roots = [int(p) for p in a.cpu_pids.split(",") if p]

    before = count()
    target = before + a.n
    cmd = [a.smtp_source, "-s", str(a.sessions), "-m", str(a.n), "-l", str(a.size),
           "-f", a.sender, "-t", a.rcpt, "-S", f"bench {a.label}"]
    if a.reuse:
        cmd.append("-d")
    cmd.append(f"127.0.0.1:{a.port}")
    print(" ".join(cmd), f"(INBOX before: {before})", file=sys.stderr, flush=True)

    cpu0, (busy0, tot0), load0 = tree_cpu_seconds(roots), machine_cpu(), loadavg()
    t0 = time.monotonic()
    src = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=a.timeout)
    t1 = time.monotonic()
    cpu1, (busy1, tot1) = tree_cpu_seconds(roots), machine_cpu()
    output = src.stdout.decode(errors="replace").strip()
    errors = sum(1 for line in output.splitlines() if any(w in line.lower() for w in ("fatal", "error", "warning")))
    if src.returncode != 0:
        errors += 1
    if output:
        print("smtp-source said:\n  " + "\n  ".join(output.splitlines()[:10]), file=sys.stderr)

    # Delivery: bounded by --timeout from the start.
    now, t2 = count(), None
    at_accept = now - before
    while True:
        if now >= target:
            t2 = time.monotonic()
            break
        if time.monotonic() - t0 > a.timeout:
            break
        # Coarse polling while far from the target (an IMAP or REST poll costs the server some CPU),
        # fine polling for the last 5 %.
        time.sleep(0.1 if target - now <= max(1, a.n // 20) else a.coarse_interval)
        now = count()
    t_end = time.monotonic()
    cpu2, (busy2, tot2), load2 = tree_cpu_seconds(roots), machine_cpu(), loadavg()
    client = resource.getrusage(resource.RUSAGE_CHILDREN)
    ncpu = os.cpu_count() or 1

    delivered = now - before
    result = {
        "label": a.label, "n": a.n, "size": a.size, "sessions": a.sessions, "reuse": a.reuse,
        "accept_s": round(t1 - t0, 3),
        "accepted_per_s": round(a.n / (t1 - t0), 1) if src.returncode == 0 else None,
        "deliver_s": round(t2 - t0, 3) if t2 else None,
        "delivered": delivered,
        # in the INBOX when smtp-source got its last 250: the rest was delivered after acceptance
        "delivered_at_accept": at_accept,
        "delivered_per_s": round(a.n / (t2 - t0), 1) if t2 else None,
        "errors": errors, "smtp_source_rc": src.returncode,
        # CPU seconds used by the server's processes, while accepting and in total until delivered
        "server_cpu_s_accept": round(cpu1 - cpu0, 2),
        "server_cpu_s_total": round(cpu2 - cpu0, 2),
        "server_cpu_ms_per_msg": round(1000 * (cpu2 - cpu0) / a.n, 2),
        "client_cpu_s": round(client.ru_utime + client.ru_stime, 2),
        # the whole machine (all processes, ours and others'), in cores busy on average
        "machine_cores_busy_accept": round(ncpu * (busy1 - busy0) / max(1, tot1 - tot0), 2),
        "machine_cores_busy_total": round(ncpu * (busy2 - busy0) / max(1, tot2 - tot0), 2),
        "wall_s": round(t_end - t0, 3),
        "loadavg_start": load0, "loadavg_end": load2,
    }
    print(json.dumps(result))
    sys.exit(0 if errors == 0 and t2 else 1)


if __name__ == "__main__":
    main()
