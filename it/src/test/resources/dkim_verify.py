"""Verifies a message's DKIM signatures with dkimpy (an independent implementation), the key record
given on the command line instead of looked up in DNS. Prints one line per signature: index and
True/False.

  dkim_verify.py MESSAGE KEYRECORD
"""
import sys
import dkim

message = open(sys.argv[1], 'rb').read()
record = sys.argv[2].encode()
d = dkim.DKIM(message, minkey=1024)
count = sum(1 for h in d.headers if h[0].lower() == b'dkim-signature')
for i in range(count):
    try:
        ok = d.verify(idx=i, dnsfunc=lambda name, timeout=5: record)
    except dkim.DKIMException:
        ok = False
    print(i, ok)
