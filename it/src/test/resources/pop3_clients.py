#!/usr/bin/env python3
"""Drives several POP3 clients (Python's poplib) at once, one request at a time, for tests that need
sessions to overlap or to stay open while something else happens (a second login, a server kill).

Reads one JSON request per line on stdin and answers each with one JSON line on stdout:
  {"client": "a", "op": "connect", "host": H, "port": P, "security": "tls" | "stls" | "none"}
  {"client": "a", "op": "login", "user": U, "password": W}          USER and PASS
  {"client": "a", "op": "auth_plain", "user": U, "password": W}     AUTH PLAIN with an initial response
  {"client": "a", "op": "command", "line": "DELE 1"}                a one-line command
  {"client": "a", "op": "quit"}
  {"client": "a", "op": "drop"}                                     close the socket without QUIT
  {"client": "a", "op": "await_line"}                               wait for a line the server sends unasked
The answer is {"reply": "+OK ..."} or {"reply": "-ERR ..."} (poplib's error_proto), {"closed": true} when
the server closed the connection, or {"failure": "..."} for anything else. Certificates are not verified
(the server's is self-signed).
"""
import base64
import json
import poplib
import ssl
import sys

CONTEXT = ssl._create_unverified_context()


def text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def connect(request):
    host, port, security = request["host"], request["port"], request["security"]
    if security == "tls":
        pop = poplib.POP3_SSL(host, port, context=CONTEXT, timeout=60)
    else:
        pop = poplib.POP3(host, port, timeout=60)
    if security == "stls":
        pop.stls(context=CONTEXT)
    return pop, pop.getwelcome()


def plain(user, password):
    return base64.b64encode(b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")).decode("ascii")


def handle(clients, request):
    name, op = request["client"], request["op"]
    if op == "connect":
        clients[name], welcome = connect(request)
        return {"reply": text(welcome)}
    pop = clients[name]
    if op == "login":
        pop.user(request["user"])
        return {"reply": text(pop.pass_(request["password"]))}
    if op == "auth_plain":
        return {"reply": text(pop._shortcmd("AUTH PLAIN " + plain(request["user"], request["password"])))}
    if op == "command":
        return {"reply": text(pop._shortcmd(request["line"]))}
    if op == "quit":
        return {"reply": text(pop.quit())}
    if op == "drop":
        pop.sock.close()
        pop.file.close()
        return {"reply": "dropped"}
    if op == "await_line":
        line, _ = pop._getline()
        return {"reply": text(line)}
    raise ValueError("unknown op " + op)


def main():
    clients = {}
    for raw in sys.stdin:
        request = json.loads(raw)
        try:
            answer = handle(clients, request)
        except poplib.error_proto as e:
            message = text(e.args[0]) if e.args else str(e)
            answer = {"closed": True} if message == "-ERR EOF" else {"reply": message}
        except TimeoutError as e:
            answer = {"failure": "timeout: " + str(e)}
        except (EOFError, OSError) as e:  # a reset, a broken pipe, a TLS connection cut without close_notify
            answer = {"closed": True, "failure": str(e)}
        except Exception as e:  # reported to the test, which decides
            answer = {"failure": type(e).__name__ + ": " + str(e)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
