/**
 * The DNS behind {@link org.flutemail.dns.DnsResolver}: dnsjava, asking the server named by
 * {@code flute.dns.server} ({@code host:port}, also {@code FLUTE_DNS_SERVER}) or else the system's
 * resolvers, with an answer cache of its own.
 */
package org.flutemail.infrastructure.dns;
