/**
 * SPF (RFC 7208): whether a client address may send mail for the MAIL FROM (or HELO) domain.
 * Implements check_host() with all mechanisms (all, include, a, mx, ptr, ip4, ip6, exists), the
 * redirect modifier, macros, and the limits of section 4.6.4 (10 DNS-querying terms, 2 void look-ups).
 * The exp= explanation is parsed but not fetched: Flute records results, it does not reject on them.
 *
 * <p>Pure Java over {@link org.flutemail.dns.DnsResolver}; checked against the RFC 7208 test suite.
 */
package org.flutemail.spf;
