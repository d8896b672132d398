package org.flutemail.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a mailing list does with a message sent to it. Loops come first: a message that already went
 * through this list (its {@code List-Id}, or the {@code X-Loop} field each distributed copy gains) is
 * not sent round again, which also stops two lists that are members of each other. Then the posting
 * policy, checked against the envelope sender and the {@code From} addresses (either may be the
 * member's: mail clients put the person in From, forwarding servers rewrite the envelope; a list that
 * is a member posts with its bounce address as the envelope sender, which counts as the list). Mail from
 * the null sender is a bounce or an automatic answer and never goes to the members.
 */
public final class ListPosting {

    /** The marker every distributed copy carries, naming the list, as Mailman and majordomo write. */
    public static final String LOOP_HEADER = "X-Loop";
    /** More lists than any real chain of lists: past it the copy has gone round some circle. */
    static final int MAX_HOPS = 10;

    public enum Verdict {
        DISTRIBUTE, HOLD, REFUSE, LOOP
    }

    private ListPosting() {
    }

    public static Verdict decide(MailingList list, IncomingMail mail) {
        List<String> loops = mail.header(LOOP_HEADER);
        if (loops.size() >= MAX_HOPS || loops.stream().anyMatch(v -> v.strip().equalsIgnoreCase(list.address()))
                || mail.header("List-Id").stream().anyMatch(v -> namesList(v, list))) {
            return Verdict.LOOP;
        }
        if (mail.envelopeSender().isEmpty()) {
            return Verdict.REFUSE;
        }
        List<String> senders = new ArrayList<>(mail.from());
        String envelope = mail.envelopeSender().toLowerCase(Locale.ROOT);
        senders.add(envelope);
        senders.add(envelope.replace(MailingList.BOUNCES_SUFFIX + "@", "@"));
        if (senders.stream().anyMatch(s -> list.postingPolicy().allows(s, list.members(), list.moderators()))) {
            return Verdict.DISTRIBUTE;
        }
        return list.refuseOthers() ? Verdict.REFUSE : Verdict.HOLD;
    }

    /** Whether a List-Id value ({@code Name <id>} or a bare id) is this list's. */
    private static boolean namesList(String value, MailingList list) {
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        String id = open >= 0 && close > open ? value.substring(open + 1, close) : value;
        return id.strip().equalsIgnoreCase(list.listId());
    }
}
