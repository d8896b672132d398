package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Account;
import org.flutemail.domain.AliasRepository;
import org.flutemail.domain.AutoReplyPolicy;
import org.flutemail.domain.AutoReplySent;
import org.flutemail.domain.AutoReplySentRepository;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.IncomingMail;
import org.flutemail.domain.MailSettings;

/**
 * Answers an arriving message with the account's automatic reply when RFC 3834 allows it
 * ({@link AutoReplyPolicy}), the reply is on for today (in the account's time zone), and this sender was
 * not answered within the reply's interval ({@code auto_reply_sent}, locked, so two messages from one
 * sender processed at once answer once). The reply is spooled with the null sender as new mail in the
 * delivery's transaction: it goes through the pipeline like any other mail, to a local INBOX or out.
 */
@ApplicationScoped
public class AutoResponder {

    private static final Logger LOG = Logger.getLogger(AutoResponder.class.getName());

    @Inject
    AutoReplySentRepository sent;

    @Inject
    AliasRepository aliases;

    @Inject
    SpoolService spool;
    /** The stored host name, else the configured one: read at each use, so a change applies to the next message. */
    @Inject
    StoredSettings serverSettings;


    /** Sends the automatic reply if one is due; returns whether it did. */
    public boolean answer(Account account, MailSettings settings, IncomingMail mail, Instant now) throws IOException {
        MailSettings.AutoReply reply = settings.autoReply();
        if (!reply.activeOn(now.atZone(settings.zone()).toLocalDate())) {
            return false;
        }
        Optional<String> refusal = AutoReplyPolicy.whyNot(mail, ownAddresses(account));
        if (refusal.isPresent()) {
            LOG.fine(() -> "no automatic reply from " + account.address() + ": " + refusal.get());
            return false;
        }
        String sender = mail.envelopeSender().toLowerCase(Locale.ROOT);
        Optional<AutoReplySent> before = sent.lock(account.id(), sender);
        if (before.isPresent() && !before.get().dueAgain(now, reply.intervalDays())) {
            return false;
        }
        before.ifPresentOrElse(b -> b.answeredAgain(now), () -> sent.add(new AutoReplySent(account.id(), sender, now)));
        List<String> messageId = mail.header("message-id");
        List<String> references = mail.header("references");
        byte[] message = AutoReplyMessage.write(new AutoReplyMessage.Reply(account.address(), account.displayName(),
                mail.envelopeSender(), reply.subject(), reply.body(), messageId.isEmpty() ? null : messageId.get(0),
                references.isEmpty() ? null : references.get(0), now));
        String serverName = serverSettings.hostName();
        spool.accept(new Envelope("", List.of(mail.envelopeSender()), now, "127.0.0.1", serverName, serverName,
                "LOCAL", "", account.address(), null), new ByteArrayInputStream(message));
        return true;
    }

    /** The account's address and every alias that reaches it: mail to an alias is mail to the account. */
    private Set<String> ownAddresses(Account account) {
        Set<String> own = new LinkedHashSet<>();
        own.add(account.address().toLowerCase(Locale.ROOT));
        aliases.list(account.domain()).stream().filter(a -> a.targets().contains(account.address()))
                .forEach(a -> own.add(a.address().toLowerCase(Locale.ROOT)));
        return own;
    }
}
