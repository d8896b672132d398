#!/usr/bin/env python3
"""Samples whether the server stays usable: an IMAPS login + SELECT INBOX, and an SMTP message to 250.

usage: usable_probe.py HOST IMAPS_PORT SMTP_PORT USER PASSWORD (--count N | --until FILE)
Prints JSON {"imap": [seconds...], "smtp": [seconds...], "errors": [...]} on stdout. With --until it
samples until FILE exists (the import finished), at least once; with --count it takes N samples.
"""
import imaplib
import json
import os
import smtplib
import ssl
import sys
import time


def imap_login_select(host, port, user, password):
    started = time.monotonic()
    imap = imaplib.IMAP4_SSL(host, port, ssl_context=ssl._create_unverified_context(), timeout=120)
    imap.login(user, password)
    imap.select("INBOX")
    elapsed = time.monotonic() - started
    imap.logout()
    return elapsed


def smtp_send(host, port, user):
    message = ("From: probe@bench.test\r\nTo: %s\r\nSubject: probe %f\r\n\r\nusable?\r\n" % (user, time.time())).encode()
    started = time.monotonic()
    with smtplib.SMTP(host, port, timeout=120) as smtp:
        smtp.sendmail("probe@bench.test", [user], message)
    return time.monotonic() - started


def main():
    host, imaps, smtp_port, user, password, mode, value = sys.argv[1:8]
    result = {"imap": [], "smtp": [], "errors": []}
    taken = 0
    while True:
        for kind, probe in (("imap", lambda: imap_login_select(host, int(imaps), user, password)),
                            ("smtp", lambda: smtp_send(host, int(smtp_port), user))):
            try:
                result[kind].append(round(probe(), 4))
            except Exception as e:  # a failed sample is a finding, not a crash of the bench
                result["errors"].append("%s: %s" % (kind, e))
        taken += 1
        if mode == "--count" and taken >= int(value):
            break
        if mode == "--until" and os.path.exists(value):
            break
        time.sleep(0.5)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
