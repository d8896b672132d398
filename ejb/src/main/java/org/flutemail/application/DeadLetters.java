package org.flutemail.application;

/**
 * Wake-up messages the broker gave up on after its redeliveries (the dead-letter queue). The spool row
 * of such a message is still the durable record, so the mail is not lost; a count above zero says that
 * processing failed again and again, and the log says why.
 */
public interface DeadLetters {

    /** How many wait in the dead-letter queue now, counted up to a bound. */
    long count();
}
