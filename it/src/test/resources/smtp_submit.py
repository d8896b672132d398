#!/usr/bin/env python3
"""Submits one message file with Python's smtplib, as a mail user agent does, and prints the
outcome as one JSON object.

usage: smtp_submit.py --port PORT [--security none|starttls|tls] [--user U --password P]
                      [--auth-anyway] [--mail-option OPT]... FROM MESSAGE_FILE RCPT [RCPT...]

--security starttls says EHLO, STARTTLS and EHLO again; tls connects with implicit TLS (SMTP_SSL).
The server's certificate is self-signed, so it is not verified. --user logs in with smtp.login();
with --auth-anyway, AUTH PLAIN is sent even where EHLO did not offer AUTH (to see the refusal).
The file's bytes are handed to sendmail() unchanged (smtplib dot-stuffs them and adds SIZE=).

The outcome: {"outcome": "sent" | "recipients-refused" | "refused" | "error", "stage":
"connect" | "starttls" | "auth" | "mail" | "rcpt" | "data" | "done", "code", "text",
"refused": {rcpt: [code, text]}, "extensions_before_tls": [...], "extensions": [...]}.
"""
import argparse
import json
import smtplib
import ssl


def text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def refusals(recipients):
    return {r: [c, text(t)] for r, (c, t) in recipients.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--security", choices=["none", "starttls", "tls"], default="starttls")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--auth-anyway", action="store_true")
    parser.add_argument("--mail-option", action="append", default=[])
    parser.add_argument("sender")
    parser.add_argument("message_file")
    parser.add_argument("recipients", nargs="+")
    args = parser.parse_args()
    with open(args.message_file, "rb") as f:
        message = f.read()

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    result = {"stage": "connect", "extensions_before_tls": [], "extensions": [], "refused": {}}
    try:
        if args.security == "tls":
            smtp = smtplib.SMTP_SSL(args.host, args.port, local_hostname="client.example", timeout=60,
                                    context=context)
        else:
            smtp = smtplib.SMTP(args.host, args.port, local_hostname="client.example", timeout=60)
        with smtp:
            smtp.ehlo()
            result["extensions_before_tls"] = sorted(smtp.esmtp_features)
            if args.security == "starttls":
                result["stage"] = "starttls"
                smtp.starttls(context=context)
                smtp.ehlo()
            result["extensions"] = sorted(smtp.esmtp_features)
            if args.user is not None:
                result["stage"] = "auth"
                if args.auth_anyway:
                    smtp.user, smtp.password = args.user, args.password
                    smtp.auth("PLAIN", smtp.auth_plain)
                else:
                    smtp.login(args.user, args.password)
            result["stage"] = "mail"
            refused = smtp.sendmail(args.sender, args.recipients, message, mail_options=args.mail_option)
            result.update(outcome="sent", stage="done", refused=refusals(refused))
    except smtplib.SMTPRecipientsRefused as e:
        result.update(outcome="recipients-refused", stage="rcpt", refused=refusals(e.recipients))
    except smtplib.SMTPSenderRefused as e:
        result.update(outcome="refused", stage="mail", code=e.smtp_code, text=text(e.smtp_error))
    except smtplib.SMTPDataError as e:
        result.update(outcome="refused", stage="data", code=e.smtp_code, text=text(e.smtp_error))
    except smtplib.SMTPResponseException as e:
        result.update(outcome="refused", code=e.smtp_code, text=text(e.smtp_error))
    except (smtplib.SMTPException, OSError) as e:
        result.update(outcome="error", code=None, text=type(e).__name__ + ": " + str(e))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
