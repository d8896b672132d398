"""An independent DKIM implementation (dkimpy) for Flute's tests, with the key record given on the
command line instead of looked up in DNS.

  dkimpy.py verify MESSAGE KEYRECORD            prints one line per signature: its index and True/False
  dkimpy.py sign MESSAGE PRIVKEY DOMAIN SELECTOR ALGORITHM HEADER_CANON BODY_CANON
                                                prints the DKIM-Signature field dkimpy made
PRIVKEY is a PEM file for rsa-sha256, the base64 32-octet seed for ed25519-sha256.
"""
import sys
import dkim


def verify(message_file, record):
    message = open(message_file, 'rb').read()
    d = dkim.DKIM(message, minkey=1024)
    count = sum(1 for h in d.headers if h[0].lower() == b'dkim-signature')
    for i in range(count):
        try:
            ok = d.verify(idx=i, dnsfunc=lambda name, timeout=5: record.encode())
        except dkim.DKIMException:
            ok = False
        print(i, ok)


def sign(message_file, key_file, domain, selector, algorithm, header_canon, body_canon):
    message = open(message_file, 'rb').read()
    key = open(key_file, 'rb').read()
    field = dkim.sign(message, selector.encode(), domain.encode(), key,
                      canonicalize=(header_canon.encode(), body_canon.encode()),
                      signature_algorithm=algorithm.encode(),
                      include_headers=[b'from', b'to', b'subject', b'date'])
    sys.stdout.buffer.write(field)


if __name__ == '__main__':
    if sys.argv[1] == 'verify':
        verify(sys.argv[2], sys.argv[3])
    else:
        sign(*sys.argv[2:9])
