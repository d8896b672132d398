#!/usr/bin/env python3
"""Runs one POP3 session with Python's poplib and prints what happened as one JSON object.

usage: pop3_session.py HOST PORT SECURITY USER PASSWORD [COMMAND...]

SECURITY is "stls" (connect in the clear, CAPA, STLS, then log in), "tls" (POP3_SSL: TLS from the
first octet) or "none" (log in without TLS). The certificate is not verified (it is self-signed).
COMMANDs run in order after the login: stat, list, uidl, capa, rset, noop, quit, retr:N, top:N:LINES,
dele:N. The output is {"welcome": ..., "capa_before_tls": [...], "login": "+OK ...", "results": [...]}
with one result per command; a multi-line content (retr, top) is given as base64 of the lines joined
with CRLF plus a final CRLF, which is the message as stored when it ends with CRLF. A POP3 error ends
the run: {"error": "-ERR ...", "stage": "login" or the command}.
"""
import base64
import json
import poplib
import ssl
import sys


def text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def content(lines):
    return base64.b64encode(b"".join(line + b"\r\n" for line in lines)).decode("ascii")


def run(pop, command):
    name, _, args = command.partition(":")
    parts = [int(a) for a in args.split(":")] if args else []
    if name == "stat":
        return list(pop.stat())
    if name in ("list", "uidl"):
        response, lines, _ = getattr(pop, name)()
        return {"response": text(response), "lines": [text(line) for line in lines]}
    if name == "capa":
        return sorted(pop.capa().keys())
    if name == "retr":
        response, lines, _ = pop.retr(parts[0])
        return {"response": text(response), "content": content(lines)}
    if name == "top":
        response, lines, _ = pop.top(parts[0], parts[1])
        return {"response": text(response), "content": content(lines)}
    if name == "dele":
        return text(pop.dele(parts[0]))
    if name in ("rset", "noop", "quit"):
        return text(getattr(pop, name)())
    raise ValueError("unknown command " + command)


def main():
    host, port, security, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    commands = sys.argv[6:]
    context = ssl._create_unverified_context()
    result = {"results": []}
    stage = "connect"
    try:
        if security == "tls":
            pop = poplib.POP3_SSL(host, port, context=context, timeout=60)
        else:
            pop = poplib.POP3(host, port, timeout=60)
        result["welcome"] = text(pop.getwelcome())
        if security == "stls":
            stage = "stls"
            result["capa_before_tls"] = sorted(pop.capa().keys())
            pop.stls(context=context)
        stage = "login"
        pop.user(user)
        result["login"] = text(pop.pass_(password))
        for command in commands:
            stage = command
            result["results"].append(run(pop, command))
        if "quit" not in commands:
            pop.close()
    except poplib.error_proto as e:
        result["error"] = text(e.args[0]) if e.args else str(e)
        result["stage"] = stage
    print(json.dumps(result))


if __name__ == "__main__":
    main()
