package org.flutemail.protocol.smtp.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Which recipients of one delivery are decided, across the hosts tried. A recipient is decided by a
 * definite answer (accepted after DATA, refused, or a 4xx for it alone); a failure of the whole
 * connection leaves the undecided ones for the next host. Indexed by position so that a recipient
 * listed twice keeps two results.
 */
final class RecipientLedger {

    private final List<Recipient> recipients;
    private final RecipientResult[] results;

    RecipientLedger(List<Recipient> recipients) {
        this.recipients = List.copyOf(recipients);
        this.results = new RecipientResult[recipients.size()];
    }

    List<Integer> pending() {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                pending.add(i);
            }
        }
        return pending;
    }

    boolean hasPending() {
        return !pending().isEmpty();
    }

    Recipient recipient(int index) {
        return recipients.get(index);
    }

    void decide(int index, DeliveryStatus status, SmtpReply reply, String remoteMta) {
        results[index] = new RecipientResult(recipients.get(index), status, reply, remoteMta);
    }

    void decideAll(List<Integer> indexes, DeliveryStatus status, SmtpReply reply, String remoteMta) {
        decideAll(indexes, status, reply, remoteMta, false);
    }

    /** As {@link #decideAll(List, DeliveryStatus, SmtpReply, String)}, noting whether that host reports on them. */
    void decideAll(List<Integer> indexes, DeliveryStatus status, SmtpReply reply, String remoteMta,
            boolean remoteReports) {
        for (int index : indexes) {
            results[index] = new RecipientResult(recipients.get(index), status, reply, remoteMta, remoteReports);
        }
    }

    /** The results, with every recipient still undecided given {@code status} and {@code reply}. */
    DeliveryResult finish(DeliveryStatus status, SmtpReply reply, String remoteMta) {
        decideAll(pending(), status, reply, remoteMta);
        return new DeliveryResult(List.of(results));
    }
}
