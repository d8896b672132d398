#!/usr/bin/env python3
"""Prepares and inspects a reference-peer (Dovecot) mailbox over IMAP for the fetch agent's tests.

usage: dovecot_mailbox.py HOST PORT USER PASSWORD clear | count | append FILE...
  clear   removes every message from INBOX and deletes every other folder
  count   prints how many messages INBOX holds
  append  appends each file's bytes to INBOX as they are (CRLF line ends expected)
"""
import imaplib
import sys


def main():
    host, port, user, password, command = sys.argv[1:6]
    files = sys.argv[6:]
    imap = imaplib.IMAP4(host, int(port), timeout=60)
    imap.login(user, password)
    if command == "clear":
        typ, folders = imap.list()
        for line in folders or []:
            name = line.decode().rsplit(' "', 1)[-1].strip('"') if b'"' in line else line.decode().split()[-1]
            if name.upper() != "INBOX":
                imap.delete('"' + name + '"')
        imap.select("INBOX")
        typ, data = imap.search(None, "ALL")
        if data and data[0]:
            imap.store("1:*", "+FLAGS", "(\\Deleted)")
            imap.expunge()
    elif command == "count":
        typ, data = imap.select("INBOX", readonly=True)
        print(int(data[0]))
    elif command == "append":
        for path in files:
            with open(path, "rb") as f:
                typ, data = imap.append("INBOX", None, None, f.read())
                if typ != "OK":
                    raise SystemExit("APPEND failed: %r" % (data,))
    else:
        raise SystemExit("unknown command " + command)
    imap.logout()


if __name__ == "__main__":
    main()
