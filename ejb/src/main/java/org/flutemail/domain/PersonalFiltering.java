package org.flutemail.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a recipient's block list, allow list, rules and automatic forwarding over an arriving message.
 *
 * <p>The allow list wins: an allowed sender is never treated as blocked, and a rule that deletes does
 * not delete their mail (the rule's other actions still apply). Blocked mail goes to Junk rather than
 * being discarded, so a mistaken entry loses nothing, and the rules do not run for it. Forwarding
 * (by a rule or the automatic forwarding) happens only when the class of service grants it, never for
 * a message that would loop, and never for the null sender: a bounce of a forwarded copy comes back to
 * the forwarding account (the envelope sender of the copy, ADR 0009), and forwarding that bounce on
 * would bounce again, for ever. When forwarding is refused, the message is kept even if the settings
 * say "without a copy".
 */
public final class PersonalFiltering {

    /** Roles, not names: the folders may be called otherwise (see {@link PersonalDecision#folder}). */
    public static final String JUNK = "\\Junk";
    public static final String TRASH = "\\Trash";
    public static final String SEEN = "\\Seen";
    public static final String FLAGGED = "\\Flagged";

    private PersonalFiltering() {
    }

    public static PersonalDecision decide(MailSettings settings, IncomingMail mail, boolean forwardingGranted) {
        List<String> senders = new ArrayList<>(mail.from());
        senders.add(mail.envelopeSender());
        boolean allowed = settings.allowedSenders().matchesAny(senders);
        if (!allowed && settings.blockedSenders().matchesAny(senders)) {
            return new PersonalDecision(JUNK, Set.of(), List.of(), true);
        }
        String folder = Mailbox.INBOX;
        Set<String> flags = new LinkedHashSet<>();
        Set<String> forwards = new LinkedHashSet<>();
        for (MailRule rule : settings.rules()) {
            if (!rule.matches(mail)) {
                continue;
            }
            switch (rule.action()) {
                case MOVE -> folder = rule.argument();
                case MARK_READ -> flags.add(SEEN);
                case FLAG -> flags.add(FLAGGED);
                case FORWARD -> forwards.add(rule.argument());
                case DELETE -> folder = allowed ? folder : TRASH;
            }
            if (rule.stopProcessing()) {
                break;
            }
        }
        forwards.addAll(settings.forwardTo());
        boolean keep = settings.forwardKeepCopy() || settings.forwardTo().isEmpty();
        if (!forwardingGranted || mail.envelopeSender().isEmpty() || ForwardingLoop.detected(mail)) {
            forwards.clear();
            keep = true;
        }
        forwards.remove(mail.recipient());
        return new PersonalDecision(keep || forwards.isEmpty() ? folder : null, flags, new ArrayList<>(forwards),
                false);
    }
}
