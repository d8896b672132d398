package org.flutemail.protocol.imap.session;

import org.flutemail.protocol.imap.codec.DecoderLimits;

/**
 * How one listener's sessions behave.
 *
 * @param serverName       the host name in the greeting
 * @param tlsAvailable     whether STARTTLS can be offered (a certificate is configured)
 * @param plainLoginWithoutTls whether LOGIN and AUTHENTICATE PLAIN are allowed before TLS (RFC 9051
 *                         section 11.1 says no; a trusted network may want it)
 * @param maxBadCommands   how many refused commands in a row end the session
 * @param limits           the decoder's limits, which also give APPENDLIMIT
 */
public record ImapConfig(String serverName, boolean tlsAvailable, boolean plainLoginWithoutTls, int maxBadCommands,
        DecoderLimits limits) {

    public static ImapConfig defaults(String serverName) {
        return new ImapConfig(serverName, true, false, 10, DecoderLimits.defaults());
    }
}
