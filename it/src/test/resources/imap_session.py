#!/usr/bin/env python3
"""Runs IMAP sessions with Python's imaplib as a script says and prints what happened as JSON.

usage: imap_session.py HOST PORT SECURITY SCRIPT.json

SECURITY is "starttls" (connect in the clear, STARTTLS, then log in), "tls" (IMAP4_SSL) or "none".
The certificate is not verified (it is self-signed). SCRIPT is
  {"sessions": {"a": {"user": ..., "password": ...}, ...}, "steps": [[SESSION, METHOD, ARG...], ...]}
Each session logs in when first named. METHOD is an imaplib.IMAP4 method (select, fetch, uid, store,
copy, append, search, list, status, create, delete, rename, expunge, noop, logout, capability ...);
an ARG is a string, or {"utf8": TEXT} for 8-bit text sent as a literal, or {"b64": DATA} for octets.
Special methods: "login_as USER PASSWORD" (a login attempt whose failure is a result, not an error),
"idle_during_smtp SMTP_PORT FROM TO B64_MESSAGE" (enter IDLE, send the message with smtplib, wait up
to 15 s for EXISTS, then DONE). The output is {"capabilities": [...], "results": [...]}: per step
{"typ", "data", "untagged"}, data as text (latin-1) and literals as {"literal_b64": ...}; an imaplib
error is {"error": TEXT}.
"""
import base64
import imaplib
import json
import smtplib
import socket
import ssl
import sys
import threading
import time

CONTEXT = ssl._create_unverified_context()


def text(value):
    return value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else value


def render(data):
    out = []
    for item in data or []:
        if isinstance(item, list):
            # GETQUOTAROOT answers a list per kind of response; they are flattened here.
            out.extend(render(item))
        elif isinstance(item, tuple):
            out.append([text(item[0]), {"literal_b64": base64.b64encode(item[1]).decode("ascii")}])
        else:
            out.append(text(item))
    return out


def connect(host, port, security):
    if security == "tls":
        return imaplib.IMAP4_SSL(host, port, ssl_context=CONTEXT)
    imap = imaplib.IMAP4(host, port)
    if security == "starttls":
        imap.starttls(CONTEXT)
    return imap


def argument(value, imap):
    if isinstance(value, dict) and "utf8" in value:
        imap.literal = value["utf8"].encode("utf-8")
        return None
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"])
    return value


def untagged(imap):
    seen = {name: render(values) for name, values in imap.untagged_responses.items()}
    imap.untagged_responses.clear()
    return seen


def idle_during_smtp(imap, smtp_port, sender, recipient, message):
    tag = imap._new_tag()
    imap.send(tag + b" IDLE\r\n")
    continuation = imap.readline()
    started = time.monotonic()

    def send():
        with smtplib.SMTP(imap.host, int(smtp_port)) as smtp:
            smtp.sendmail(sender, [recipient], base64.b64decode(message))

    threading.Thread(target=send).start()
    imap.sock.settimeout(15)
    heard = []
    try:
        while True:
            line = imap.readline()
            heard.append(text(line.rstrip(b"\r\n")))
            if line.endswith(b"EXISTS\r\n"):
                break
    except socket.timeout:
        heard.append("timeout")
    elapsed = time.monotonic() - started
    imap.sock.settimeout(None)
    imap.send(b"DONE\r\n")
    # Untagged news (RECENT after EXISTS, say) may still come before the tagged end of IDLE.
    while True:
        line = imap.readline()
        heard.append(text(line.rstrip(b"\r\n")))
        if line.startswith(tag + b" "):
            break
    return {"typ": "OK", "data": [text(continuation.rstrip(b"\r\n"))] + heard, "elapsed": elapsed}


def main():
    host, port, security, script_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    with open(script_path, encoding="utf-8") as f:
        script = json.load(f)
    sessions = {}
    output = {"results": []}
    for step in script["steps"]:
        name, method, args = step[0], step[1], step[2:]
        if name not in sessions:
            sessions[name] = connect(host, port, security)
            output.setdefault("capabilities", list(sessions[name].capabilities))
            if method != "login_as":
                account = script["sessions"][name]
                sessions[name].login(account["user"], account["password"])
        imap = sessions[name]
        try:
            if method == "login_as":
                typ, data = imap.login(args[0], args[1])
                result = {"typ": typ, "data": render(data)}
            elif method == "idle_during_smtp":
                result = idle_during_smtp(imap, *args)
            else:
                values = [argument(a, imap) for a in args]
                typ, data = getattr(imap, method)(*[v for v in values if v is not None])
                result = {"typ": typ, "data": render(data)}
        except imaplib.IMAP4.error as e:
            result = {"error": str(e)}
        result["untagged"] = untagged(imap)
        output["results"].append(result)
    print(json.dumps(output))


if __name__ == "__main__":
    main()
