#!/usr/bin/env python3
"""Sends one message file with Python's smtplib and prints the outcome as one JSON object.

usage: smtp_send.py [--source=ADDRESS] [--notify=WHEN] HOST PORT FROM MESSAGE_FILE RCPT [RCPT...]

--source connects from that local address (e.g. 127.0.0.2), to be another client on the same machine.
--notify asks for delivery reports (RFC 3461 NOTIFY, e.g. SUCCESS,FAILURE) for every recipient; the
server must announce DSN.

The file's bytes are handed to smtplib unchanged (smtplib dot-stuffs them). The outcome is
{"outcome": "sent", "refused": {rcpt: [code, text]}} when at least one recipient was accepted,
{"outcome": "recipients-refused", "refused": {...}} when all were refused at RCPT, or
{"outcome": "error", "code": ..., "text": ..., "error": ...} for any other SMTP failure.
"""
import json
import smtplib
import sys


def text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def main():
    args = sys.argv[1:]
    source, notify = None, None
    while args and args[0].startswith("--"):
        name, _, value = args.pop(0)[2:].partition("=")
        if name == "source":
            source = (value, 0)
        elif name == "notify":
            notify = value
        else:
            sys.exit("unknown option --" + name)
    host, port, sender, path = args[0], int(args[1]), args[2], args[3]
    recipients = args[4:]
    with open(path, "rb") as f:
        message = f.read()
    try:
        with smtplib.SMTP(host, port, local_hostname="client.example", timeout=60,
                          source_address=source) as smtp:
            smtp.ehlo()
            options = ["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else []
            rcpt_options = []
            if notify:
                if not smtp.has_extn("dsn"):
                    raise smtplib.SMTPNotSupportedError("the server does not announce DSN")
                rcpt_options = ["NOTIFY=" + notify]
            refused = smtp.sendmail(sender, recipients, message, mail_options=options, rcpt_options=rcpt_options)
            result = {"outcome": "sent", "refused": {r: [c, text(t)] for r, (c, t) in refused.items()}}
    except smtplib.SMTPRecipientsRefused as e:
        result = {"outcome": "recipients-refused",
                  "refused": {r: [c, text(t)] for r, (c, t) in e.recipients.items()}}
    except smtplib.SMTPResponseException as e:
        result = {"outcome": "error", "code": e.smtp_code, "text": text(e.smtp_error), "error": type(e).__name__}
    except (smtplib.SMTPException, OSError) as e:
        result = {"outcome": "error", "code": None, "text": str(e), "error": type(e).__name__}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
