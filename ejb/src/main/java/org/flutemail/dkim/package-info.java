/**
 * DKIM (RFC 6376) signing and verification, with rsa-sha256 and ed25519-sha256 (RFC 8463): header and
 * body canonicalization, the signature's tag list, key records and key generation.
 *
 * <p>Pure Java on the JDK's {@code java.security}: no container types, so everything here is tested
 * byte by byte. Messages are read as streams: only the header section is held in memory (bounded),
 * the body is canonicalized and hashed as it flows past, so a message of tens of megabytes costs no
 * more memory than a small one. Key look-ups go through {@link org.flutemail.dns.DnsResolver}.
 */
package org.flutemail.dkim;
