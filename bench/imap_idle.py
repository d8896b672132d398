#!/usr/bin/env python3
"""A crowd of IMAP clients in IDLE, for the idle-connection IT and bench/imap-idle.sh.

usage: imap_idle.py HOST IMAP_PORT IMAPS_PORT USER PASSWORD COUNT TLS_PERCENT SMTP_PORT RECIPIENT

Opens COUNT connections (TLS_PERCENT of them IMAPS, the others IMAP with STARTTLS), each LOGIN,
SELECT INBOX, IDLE, with at most 200 handshakes at a time. Then it talks over stdin/stdout, one line
each way:
  prints  {"idling": n, "failed": n, "errors": [...], "seconds": s}   when every connection idles or failed
  reads   "deliver"     sends one message to RECIPIENT by SMTP and waits up to 30 s for "* n EXISTS"
  prints  {"heard": n, "of": n, "p50_ms": x, "p99_ms": x, "max_ms": x}
  reads   "close" or end of input: DONE and LOGOUT are not sent, the sockets just close.
Latency is counted from the end of the SMTP transaction (the 250 after the data) to each EXISTS.
"""
import asyncio
import json
import smtplib
import ssl
import sys
import time

HANDSHAKES_AT_ONCE = 200


class Idler:
    def __init__(self, number):
        self.number = number
        self.reader = None
        self.writer = None
        self.heard_at = None

    async def command(self, tag, text):
        self.writer.write(f"{tag} {text}\r\n".encode())
        await self.writer.drain()
        while True:
            line = await self.reader.readline()
            if not line:
                raise ConnectionError(f"closed after {text.split()[0]}")
            if line.startswith(tag.encode() + b" "):
                if not line.startswith(tag.encode() + b" OK"):
                    raise ConnectionError(line.decode(errors="replace").strip())
                return

    async def open(self, host, port, implicit, context, user, password):
        if implicit:
            self.reader, self.writer = await asyncio.open_connection(host, port, ssl=context)
            await self.reader.readline()
        else:
            self.reader, self.writer = await asyncio.open_connection(host, port)
            await self.reader.readline()
            await self.command("s", "STARTTLS")
            await self.writer.start_tls(context)
        await self.command("l", f'LOGIN "{user}" "{password}"')
        await self.command("x", "SELECT INBOX")
        self.writer.write(b"i IDLE\r\n")
        await self.writer.drain()
        line = await self.reader.readline()
        if not line.startswith(b"+"):
            raise ConnectionError("IDLE refused: " + line.decode(errors="replace").strip())

    async def await_exists(self):
        while True:
            line = await self.reader.readline()
            if not line:
                return
            if line.startswith(b"* ") and line.rstrip().endswith(b" EXISTS"):
                self.heard_at = time.monotonic()
                return


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def main(host, imap_port, imaps_port, user, password, count, tls_percent, smtp_port, recipient):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    gate = asyncio.Semaphore(HANDSHAKES_AT_ONCE)
    idlers = [Idler(n) for n in range(count)]
    errors = {}

    async def start(idler):
        implicit = idler.number * 100 < count * tls_percent
        async with gate:
            try:
                await asyncio.wait_for(idler.open(host, imaps_port if implicit else imap_port, implicit, context,
                                                  user, password), 120)
                return True
            except (OSError, ConnectionError, asyncio.TimeoutError, ssl.SSLError) as e:
                key = type(e).__name__ + ": " + str(e)[:80]
                errors[key] = errors.get(key, 0) + 1
                idler.writer = None
                return False

    started = time.monotonic()
    results = await asyncio.gather(*(start(i) for i in idlers))
    idling = [i for i, ok in zip(idlers, results) if ok]
    report({"idling": len(idling), "failed": count - len(idling), "errors": list(errors.items())[:5],
            "seconds": round(time.monotonic() - started, 1)})

    while True:
        # A thread, not connect_read_pipe: stdin may be /dev/null, which epoll does not take.
        line = (await asyncio.to_thread(sys.stdin.readline)).strip()
        if line != "deliver":
            break
        waiting = [asyncio.ensure_future(i.await_exists()) for i in idling]
        sent_at = await asyncio.to_thread(deliver, host, smtp_port, recipient)
        await asyncio.wait(waiting, timeout=30)
        latencies = [(i.heard_at - sent_at) * 1000 for i in idling if i.heard_at is not None]
        for i in idling:
            i.heard_at = None
        report({"heard": len(latencies), "of": len(idling), "p50_ms": rounded(percentile(latencies, 0.5)),
                "p99_ms": rounded(percentile(latencies, 0.99)), "max_ms": rounded(max(latencies, default=None))})
    for i in idling:
        i.writer.close()


def rounded(value):
    return None if value is None else round(value, 1)


def deliver(host, port, recipient):
    with smtplib.SMTP(host, port, timeout=60) as smtp:
        smtp.sendmail("crowd@sender.test", [recipient],
                      f"From: crowd@sender.test\r\nTo: {recipient}\r\nSubject: for the idlers\r\n\r\nnews\r\n")
    return time.monotonic()


def report(values):
    print(json.dumps(values), flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 10:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    a = sys.argv[1:]
    asyncio.run(main(a[0], int(a[1]), int(a[2]), a[3], a[4], int(a[5]), int(a[6]), int(a[7]), a[8]))
