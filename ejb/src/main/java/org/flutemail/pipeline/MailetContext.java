package org.flutemail.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.dkim.DkimSigningKey;
import org.flutemail.dns.DnsResolver;

/** What the server offers mailets while they process a mail. */
public interface MailetContext {

    /** This server's host name, for trace headers. */
    String serverName();

    Instant now();

    RecipientStatus statusOf(String address);

    /** The targets of a local alias, or an empty set when {@code address} is no alias. */
    Set<String> aliasTargets(String address);

    /**
     * Stores the mail, as it is now (with the headers added so far), in {@code recipient}'s mailbox.
     * Storing the same mail for the same recipient twice keeps one copy.
     */
    void storeInMailbox(Mail mail, String recipient, String mailbox) throws MailetException;

    /**
     * Hands the mail, as it is now, to remote delivery for all its recipients (which must be in
     * domains not served here). Delivery then happens asynchronously, with retries and bounces.
     */
    void sendRemote(Mail mail) throws MailetException;

    /**
     * Records that the mail could not be handled for {@code recipients} (some or all of its own), with
     * the RFC 3463 status and the reason; their sender is told in a delivery report (RFC 3464), unless
     * the sender is null or asked not to be.
     */
    void recordFailure(Mail mail, Collection<String> recipients, String status, String reason);

    /**
     * Records that {@code alias}, a recipient whose sender asked to hear of success, was handed on to
     * several addresses: the sender is told so ("expanded", RFC 3464) instead of hearing from each.
     * A server without delivery reports records nothing.
     */
    default void recordExpansion(Mail mail, String alias) {
    }

    /**
     * The mail's octets as they are now: the prepended header fields, then the original content. The
     * caller closes the stream; it reads from storage, so large mails cost no memory.
     */
    InputStream openContent(Mail mail) throws IOException;

    /** The active DKIM keys of a local domain (lower case), to sign its outgoing mail; none for others. */
    List<DkimSigningKey> dkimSigningKeys(String domain);

    /**
     * The enabled disclaimer of a local domain (lower case), added to the mail its accounts submit; none
     * for other domains, or when the domain has none.
     */
    default Optional<DisclaimerPolicy> disclaimer(String domain) {
        return Optional.empty();
    }

    /** DNS, for checks such as SPF and DKIM. */
    DnsResolver dns();

    /**
     * Hands the mail to the local mailing list {@code list} (or to its bounce address), which
     * distributes it to its members, holds it for a moderator, or refuses it, by its own settings.
     * A server without lists records a failure.
     */
    default void postToList(Mail mail, String list) throws MailetException {
        recordFailure(mail, mail.recipients(), "5.1.1", "no mailing lists on this server");
    }

    /**
     * Applies a local recipient's own settings (block and allow lists, rules, automatic forwarding and
     * reply) to the mail: replies and forwarded copies are spooled as new mail in this run's
     * transaction; the answer says where the recipient's own copy goes. A server without personal
     * settings delivers into INBOX.
     */
    default PersonalDisposition applyPersonalSettings(Mail mail, String recipient) throws MailetException {
        return PersonalDisposition.INBOX;
    }

    /**
     * Notes, for message tracing, something a step did that the deliveries alone would not show (filed
     * by a rule, held by a list, stamped with the disclaimer or left without it); {@code recipient} is
     * null when it concerns the whole mail. Kept in this run's transaction. A server without tracing
     * notes nothing.
     */
    default void recordStep(Mail mail, String recipient, String step, String detail) {
    }
}
