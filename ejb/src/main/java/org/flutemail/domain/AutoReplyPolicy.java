package org.flutemail.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an automatic reply may answer a message at all (RFC 3834 section 2), before the question of
 * how recently this sender was answered. An automatic reply must never answer a machine: not another
 * automatic message, not a list or bulk mailing, not a bounce, and not mail that only reached the
 * account as a Bcc or through a list (its address, or an alias of it, must be in To or Cc).
 */
public final class AutoReplyPolicy {

    /** Senders that are machines by name: bounces, list robots and "do not reply" addresses. */
    private static final Pattern MACHINE = Pattern.compile(
            "mailer-daemon|postmaster|no-?reply|do-?not-?reply|noreply[-.+].*|.*-request|owner-.*|listserv|majordomo"
                    + "|bounces?([-+.].*)?");

    private AutoReplyPolicy() {
    }

    /** Why not to answer, or empty when an answer is allowed. */
    public static Optional<String> whyNot(IncomingMail mail, Set<String> ownAddresses) {
        String sender = mail.envelopeSender().toLowerCase(Locale.ROOT);
        if (sender.isEmpty()) {
            return Optional.of("null sender");
        }
        if (MACHINE.matcher(sender.substring(0, Math.max(0, sender.lastIndexOf('@')))).matches()) {
            return Optional.of("sender is a machine: " + sender);
        }
        if (ownAddresses.contains(sender)) {
            return Optional.of("sent by the account itself");
        }
        for (String value : mail.header("auto-submitted")) {
            String keyword = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!keyword.equals("no")) {
                return Optional.of("Auto-Submitted: " + keyword);
            }
        }
        for (String value : mail.header("precedence")) {
            String p = value.strip().toLowerCase(Locale.ROOT);
            if (p.equals("bulk") || p.equals("list") || p.equals("junk")) {
                return Optional.of("Precedence: " + p);
            }
        }
        if (mail.hasHeaderStartingWith("list-")) {
            return Optional.of("mailing list");
        }
        if (!addressed(mail.toAndCc(), ownAddresses)) {
            return Optional.of("the account is not in To or Cc");
        }
        return Optional.empty();
    }

    private static boolean addressed(List<String> toAndCc, Set<String> own) {
        return toAndCc.stream().map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(own::contains);
    }
}
