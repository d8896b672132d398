package org.flutemail.dns;

import java.net.InetAddress;
import java.util.List;

/**
 * Look-ups for SPF and DKIM. An empty list means the name does not exist or has no records of the
 * type (SPF counts both as a "void look-up"); a {@link DnsException} means the answer could not be had
 * now (timeout, server failure), which SPF and DKIM report as {@code temperror}.
 */
public interface DnsResolver {

    /** The TXT records at {@code name}, each one's character-strings joined without separator. */
    List<String> txt(String name) throws DnsException;

    /** The A records at {@code name}. */
    List<InetAddress> ipv4(String name) throws DnsException;

    /** The AAAA records at {@code name}. */
    List<InetAddress> ipv6(String name) throws DnsException;

    /** The exchanges named by the MX records at {@code name}, best preference first. */
    List<String> mx(String name) throws DnsException;

    /** The names the PTR records for {@code address} give. */
    List<String> ptr(InetAddress address) throws DnsException;
}
