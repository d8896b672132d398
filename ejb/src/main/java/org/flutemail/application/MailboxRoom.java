package org.flutemail.application;

import java.util.Optional;

/**
 * Whether a local account's mailbox has room for more mail, asked at RCPT so that a full mailbox is
 * refused while the sending server still holds the message (and retries), rather than accepted and
 * then reported back by a delivery report.
 */
public interface MailboxRoom {

    /**
     * Why {@code incoming} octets do not fit in the quota of the account at {@code address} (canonical
     * form), or empty when they do, there is no quota, or the address is no account. {@code incoming}
     * is the size the client declared, or 0 when it declared none: a mailbox already at its quota is
     * full either way.
     */
    Optional<String> noRoomFor(String address, long incoming);
}
