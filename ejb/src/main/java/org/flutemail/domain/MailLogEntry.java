package org.flutemail.domain;

import java.time.Instant;

/**
 * One line of the mail log: a recipient accepted or refused, or a password login.
 *
 * @param event     {@code received}, {@code refused} or {@code login}
 * @param protocol  the RFC 3848 "with" keyword for mail (ESMTP, ESMTPSA, ...), the protocol for logins
 * @param account   the authenticated user or the login name, null if none
 * @param outcome   {@code accepted}, {@code refused}, {@code success} or {@code failure}
 * @param domain    the local side's domain: the recipient's, or the login's
 * @param senderDomain the sender's domain, null for logins
 */
public record MailLogEntry(Instant occurredAt, String event, String protocol, String clientAddress, String account,
        String sender, String recipient, String domain, String senderDomain, String outcome, String detail) {

    public static final String RECEIVED = "received";
    public static final String REFUSED = "refused";
    public static final String LOGIN = "login";

    /** The domain part of an address, lower case; null for none (the null sender, a login without '@'). */
    public static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
