package org.flutemail.pipeline.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.disclaimer.DisclaimerStamper;
import org.flutemail.disclaimer.StampResult;
import org.flutemail.pipeline.DisclaimerPolicy;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/**
 * Adds the disclaimer of the sender's domain (ADR 0020) when the From address is in the same domain as
 * the account that submitted the mail and that domain has one enabled. In the relay processor it runs
 * before DKIM signing, so the signature covers it; in local delivery only when the domain asks for mail
 * between local accounts too. The new content replaces the mail's ({@link Mail#rewriteContent}); a
 * message that cannot be changed safely (signed, encrypted, broken, too large) goes on as it was, and
 * the log says why.
 */
public final class AddDisclaimer implements Mailet {

    private static final Logger LOG = Logger.getLogger(AddDisclaimer.class.getName());

    /** Messages are stamped in memory; larger ones go without (and the log says so). */
    static final long MAX_OCTETS = 16L * 1024 * 1024;

    private final DisclaimerStamper stamper = new DisclaimerStamper(MAX_OCTETS);
    private final boolean localDelivery;

    /** @param localDelivery true for the step before local delivery, which applies only "internal too" disclaimers */
    public AddDisclaimer(boolean localDelivery) {
        this.localDelivery = localDelivery;
    }

    @Override
    public void service(Mail mail, MailetContext context) {
        try {
            Optional<String> domain = DkimSign.fromDomain(mail, context);
            if (domain.isEmpty() || !domain.get().equals(domainOf(mail.trace().authenticatedUser()))) {
                return;
            }
            Optional<DisclaimerPolicy> policy = context.disclaimer(domain.get());
            if (policy.isEmpty() || (localDelivery && !policy.get().internalToo())) {
                return;
            }
            if (mail.size() > MAX_OCTETS) {
                leftWithout(mail, context, domain.get(), "larger than " + MAX_OCTETS + " octets");
                return;
            }
            byte[] content;
            try (InputStream in = context.openContent(mail)) {
                content = in.readAllBytes();
            }
            StampResult result = stamper.stamp(content, policy.get().disclaimer(), domain.get());
            if (result.content().isPresent()) {
                mail.rewriteContent(result.content().get());
                context.recordStep(mail, null, "disclaimer", "added the disclaimer of " + domain.get());
            } else {
                leftWithout(mail, context, domain.get(), result.untouchedReason());
            }
        } catch (IOException e) {
            // The content is in storage and must be readable: worth a retry, not a mail without its disclaimer.
            throw new UncheckedIOException("cannot read " + mail.queueId() + " to add the disclaimer", e);
        }
    }

    private static void leftWithout(Mail mail, MailetContext context, String domain, String reason) {
        LOG.info(() -> mail.queueId() + " goes without the disclaimer of " + domain + ": " + reason);
        context.recordStep(mail, null, "disclaimer", "left without the disclaimer of " + domain + ": " + reason);
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
