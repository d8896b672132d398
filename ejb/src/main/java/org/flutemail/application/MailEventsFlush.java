package org.flutemail.application;

/**
 * Writes the statistics and mail log lines counted in memory so far, so that a reader sees all of them
 * (they are otherwise written by a timer once a minute).
 */
public interface MailEventsFlush {

    /** False if some of it could not be written now (it stays in memory for the next try). */
    boolean flush();
}
