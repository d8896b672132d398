package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ScheduledMessageRepository {

    void add(ScheduledMessage message);

    /** The account's scheduled messages that wait, are being sent or failed, soonest first. */
    List<ScheduledMessage> pendingOf(Account account);

    Optional<ScheduledMessage> byId(Account account, long id);

    Optional<ScheduledMessage> byId(long id);

    /** The ids of waiting messages due at {@code now}, soonest first, at most {@code max}. */
    List<Long> due(Instant now, int max);

    /** WAITING to SENDING if it still waits; whether this caller got it. */
    boolean claim(long id);

    /** Every SENDING message back to WAITING; how many. For the start of the server. */
    int releaseAll();
}
