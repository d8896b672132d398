package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.flutemail.domain.Access;
import org.flutemail.domain.Account;
import org.flutemail.domain.IncomingMail;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MailSettings;
import org.flutemail.domain.MailSettingsRepository;
import org.flutemail.domain.PersonalDecision;
import org.flutemail.domain.PersonalFiltering;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.PersonalDisposition;

/**
 * A local recipient's own settings at delivery: reads the mail's header once, lets
 * {@link PersonalFiltering} decide (block and allow lists, rules, forwarding, the class of service's
 * FORWARDING access), then spools the automatic reply ({@link AutoResponder}) and the forwarded copy
 * ({@link MailForwarder}) and says where the recipient's own copy goes. That an account has no settings
 * is kept in {@link RecipientStatusCache}, so it costs no query.
 */
@ApplicationScoped
public class PersonalDelivery {

    @Inject
    LocalAccounts accounts;

    @Inject
    MailSettingsRepository settingsRepository;

    @Inject
    RecipientStatusCache cache;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    AutoResponder responder;

    @Inject
    MailForwarder forwarder;

    @Inject
    Clock clock;

    public PersonalDisposition apply(Mail mail, String recipient, MailetContext context) {
        Optional<MailSettings> settings = accounts.facts(recipient).flatMap(facts -> settingsOf(facts, recipient));
        if (settings.isEmpty()) {
            return PersonalDisposition.INBOX;
        }
        Optional<Account> account = accounts.byAddress(recipient);
        Instant now = clock.instant();
        try {
            IncomingMail incoming;
            try (InputStream in = context.openContent(mail)) {
                incoming = IncomingMailReader.read(in, mail.reversePath(), recipient, mail.size());
            }
            PersonalDecision decision = PersonalFiltering.decide(settings.get(), incoming,
                    account.get().mayUse(Access.FORWARDING));
            if (!decision.blocked()) {
                responder.answer(account.get(), settings.get(), incoming, now);
            }
            if (!decision.forwardTo().isEmpty()) {
                forwarder.forward(context.openContent(mail), recipient, decision.forwardTo(), now);
            }
            PersonalDisposition disposition = decision.kept()
                    ? new PersonalDisposition(folder(account.get(), decision.folder()), decision.flags())
                    : new PersonalDisposition(null, Set.of());
            if (!disposition.plainInbox() || !decision.forwardTo().isEmpty()) {
                context.recordStep(mail, recipient, "filter", describe(decision, disposition));
            }
            return disposition;
        } catch (IOException e) {
            // Storage that cannot be read now may be readable on the broker's next attempt.
            throw new UncheckedIOException("cannot apply the settings of " + recipient, e);
        }
    }

    /** Most accounts have no settings: that is kept, so their deliveries ask no query for them. */
    private Optional<MailSettings> settingsOf(AccountFacts facts, String address) {
        return cache.settingsId(facts.id(), () -> accounts.byAddress(address).flatMap(settingsRepository::ofAccount)
                        .map(MailSettings::id))
                .flatMap(settingsRepository::byId);
    }

    /** What the recipient's settings did, in the words message tracing shows. */
    static String describe(PersonalDecision decision, PersonalDisposition disposition) {
        StringBuilder text = new StringBuilder(decision.blocked() ? "sender on the block list; " : "");
        if (!decision.forwardTo().isEmpty()) {
            text.append("forwarded to ").append(String.join(", ", decision.forwardTo())).append("; ");
        }
        if (disposition.folder() == null) {
            text.append("no copy kept");
        } else {
            text.append("filed into ").append(disposition.folder());
            if (!disposition.flags().isEmpty()) {
                text.append(" as ").append(String.join(" ", new TreeSet<>(disposition.flags())));
            }
        }
        return text.toString();
    }

    /** A role becomes the account's folder with that role; without one the mail is not lost but kept in INBOX. */
    private String folder(Account account, String folderOrRole) {
        if (!folderOrRole.startsWith("\\")) {
            return folderOrRole;
        }
        return mailboxes.bySpecialUse(account, folderOrRole).map(Mailbox::name).orElse(Mailbox.INBOX);
    }
}
