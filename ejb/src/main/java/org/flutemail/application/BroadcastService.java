package org.flutemail.application;

import java.util.List;

/**
 * A notice from the administrators to every account of the system, of one domain, or of a group (an
 * alias, expanded by the pipeline like any mail to it). It is delivered as mail: spooled and processed
 * by the pipeline like a message received over SMTP, in batches of recipients, each batch committed
 * on its own, so a broadcast to a large system is many small queued messages, not one transaction.
 */
public interface BroadcastService {

    enum Scope { SYSTEM, DOMAIN, GROUP }

    /** {@code target}: the domain for {@link Scope#DOMAIN}, the alias address for {@link Scope#GROUP}, null for the system. */
    record Broadcast(Scope scope, String target, String subject, String body) {
    }

    /**
     * How many recipients the notice is for, how many of them it was spooled for (fewer only if the
     * spool failed part-way), and the queue ids of the spooled batches.
     */
    record Sent(Scope scope, String target, int recipients, int spooled, List<String> queueIds) {
    }

    /** At most this many recipients in one spooled message. */
    int BATCH = 500;

    /**
     * Validates (subject and body present; a known domain or alias), spools the notice batch by batch
     * and records it in the audit log ({@code broadcast.send}). The caller's rights are checked by the caller.
     */
    Sent send(Broadcast broadcast);
}
