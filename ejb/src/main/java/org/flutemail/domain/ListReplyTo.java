package org.flutemail.domain;

/** Where replies to a list's message go. */
public enum ListReplyTo {
    /** A {@code Reply-To} naming the list replaces the poster's: discussion lists. */
    LIST,
    /** The poster's own header is left as it is: replies go to the sender. */
    SENDER
}
