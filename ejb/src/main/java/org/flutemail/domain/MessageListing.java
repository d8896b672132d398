package org.flutemail.domain;

import java.util.List;

/**
 * A mailbox's messages a page at a time, sorted and cut by the database, so that a list of 100,000
 * messages costs one page of rows. Separate from {@link MessageRepository}, which serves IMAP's
 * whole-mailbox views.
 */
public interface MessageListing {

    /** The sortable columns; ties are broken by UID so that pages never overlap. */
    enum Column {
        ARRIVAL, SENDER, SUBJECT, SIZE
    }

    long count(Mailbox mailbox);

    List<StoredMessage> page(Mailbox mailbox, Column column, boolean ascending, int first, int max);
}
