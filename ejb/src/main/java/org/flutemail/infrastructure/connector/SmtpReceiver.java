package org.flutemail.infrastructure.connector;

import org.flutemail.application.MailEvents;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.AuthenticationService;
import org.flutemail.application.MailboxRoom;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.application.RelayPolicy;
import org.flutemail.application.SpoolService;
import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.ScramCredential;
import org.flutemail.connector.api.SenderVerdict;
import org.flutemail.connector.api.SessionInfo;
import org.flutemail.connector.api.SmtpListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flutemail.connector.api.EnvelopeParameters;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.RecipientDsn;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Answers the SMTP receiver's questions. {@link #accept} returns only after the content is on disk and
 * the spool row has committed, so the client hears 250 only for a message that is safe; the queue
 * entry that wakes processing is sent after that commit (ADR 0002). No method here runs in a container
 * transaction: the adapter's call is not a two-phase commit with the broker.
 */
@MessageDriven(messageListenerInterface = SmtpListener.class)
@ResourceAdapter("flute.ear#flute-adapter.rar")
public class SmtpReceiver implements SmtpListener {

    private static final Logger LOG = Logger.getLogger(SmtpReceiver.class.getName());

    @Inject
    RecipientDirectory directory;

    @Inject
    SpoolService spool;

    @Inject
    AuthenticationService authentication;

    @Inject
    MailEvents events;

    @Inject
    RelayPolicy relay;

    @Inject
    org.flutemail.application.MessageSizeLimits sizeLimits;

    @Inject
    MailboxRoom mailboxRoom;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RecipientVerdict checkRecipient(String address, long declaredSize, SessionInfo session) {
        RecipientVerdict verdict = recipientVerdict(address, declaredSize, session);
        if (verdict.accepted() && declaredSize > 0) {
            verdict = SizeRefusals.declaredVerdict(sizeLimits, address, declaredSize, session);
        }
        if (verdict.kind() != RecipientVerdict.Kind.ACCEPT && verdict.kind() != RecipientVerdict.Kind.TRY_LATER) {
            events.rejected(session.clientAddress(), session.authenticatedUser(), address, verdict.kind().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return verdict;
    }

    private RecipientVerdict recipientVerdict(String address, long declaredSize, SessionInfo session) {
        try {
            String canonical = directory.canonical(address);
            return switch (directory.statusOf(canonical)) {
                case ACCOUNT -> mailboxRoom.noRoomFor(canonical, declaredSize)
                        .map(why -> RecipientVerdict.of(RecipientVerdict.Kind.MAILBOX_FULL, why))
                        .orElseGet(RecipientVerdict::accept);
                case ALIAS, LIST -> RecipientVerdict.accept();
                case UNKNOWN -> RecipientVerdict.of(RecipientVerdict.Kind.UNKNOWN, "no such user here");
                case DISABLED -> RecipientVerdict.of(RecipientVerdict.Kind.DISABLED, "mailbox disabled");
                case DOMAIN_PENDING_DELETION -> RecipientVerdict.of(RecipientVerdict.Kind.DISABLED,
                        "domain is being deleted");
                case NOT_LOCAL -> relay.mayRelay(session.clientAddress(), session.isAuthenticated())
                        ? RecipientVerdict.accept()
                        : RecipientVerdict.of(RecipientVerdict.Kind.NOT_LOCAL, "relay access denied");
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recipient lookup failed; asking the client to retry", e);
            return RecipientVerdict.of(RecipientVerdict.Kind.TRY_LATER, "cannot look the recipient up now");
        }
    }

    /**
     * On the submission listeners an authenticated user may send only as an address of their own
     * (RFC 6409 section 6.1 lets the server enforce this). Mail from other servers (MX) is not checked
     * here: that is what SPF and DKIM checks are for.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SenderVerdict checkSender(String reversePath, SessionInfo session) {
        if (session.listener() == SessionInfo.Listener.MX || !session.isAuthenticated()) {
            return SenderVerdict.accept();
        }
        try {
            if (authentication.owns(session.authenticatedUser(), reversePath)) {
                return SenderVerdict.accept();
            }
            events.rejected(session.clientAddress(), session.authenticatedUser(), null,
                    "sender " + reversePath + " not owned");
            return SenderVerdict.of(SenderVerdict.Kind.NOT_OWNED, "sender address not owned by "
                            + session.authenticatedUser());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sender check failed; asking the client to retry", e);
            return SenderVerdict.of(SenderVerdict.Kind.TRY_LATER, "cannot check the sender now");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuthVerdict authenticate(String user, String password, SessionInfo session) {
        return AuthVerdicts.check(authentication, events, "SMTP", user, password, session.clientAddress());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ScramCredential scramCredential(String user) {
        return authentication.scramKeys(user)
                .map(k -> new ScramCredential(k.identity(), k.salt(), k.iterations(), k.storedKey(), k.serverKey()))
                .orElse(null);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AcceptedMessage accept(InboundMessage message) throws MessageRefusedException {
        refuseForeignFrom(message);
        SizeRefusals.refuseOversized(sizeLimits, events, message);
        SessionInfo s = message.session();
        EnvelopeParameters p = message.parameters();
        Map<String, RecipientDsn> dsn = new LinkedHashMap<>();
        for (int i = 0; i < message.recipients().size(); i++) {
            EnvelopeParameters.RecipientParameters r = p.recipients().get(i);
            dsn.putIfAbsent(directory.canonical(message.recipients().get(i)),
                    new RecipientDsn(r.notifyOn(), r.original()));
        }
        Envelope envelope = new Envelope(message.reversePath(), List.copyOf(dsn.keySet()),
                message.receivedAt(), s.clientAddress(), s.clientName(), s.serverName(), s.protocol(), s.tlsCipher(),
                s.authenticatedUser(),
                new DeliveryOptions(p.body(), p.smtpUtf8(), p.dsnReturn(), p.dsnEnvelopeId(), dsn));
        try (InputStream content = message.content().openStream()) {
            AcceptedMessage accepted = new AcceptedMessage(spool.acceptCommitted(envelope, content));
            events.accepted();
            return accepted;
        } catch (IOException e) {
            throw new EJBException("cannot store the message content", e);
        }
    }

    /**
     * On submission, the From header must name the authenticated account too, not just MAIL FROM:
     * the header is what the recipient sees. Nothing has been written yet, and there is no
     * transaction to mark for rollback.
     */
    private void refuseForeignFrom(InboundMessage message) throws MessageRefusedException {
        SessionInfo session = message.session();
        if (session.listener() == SessionInfo.Listener.MX || !session.isAuthenticated()) {
            return;
        }
        Optional<String> foreign;
        try (InputStream content = message.content().openStream()) {
            foreign = authentication.foreignFromAddress(session.authenticatedUser(), content);
        } catch (IOException e) {
            throw new EJBException("cannot read the message header", e);
        }
        if (foreign.isPresent()) {
            events.rejected(session.clientAddress(), session.authenticatedUser(), null, "foreign From header");
            throw new MessageRefusedException("From header address " + foreign.get() + " is not owned by "
                    + session.authenticatedUser(), true);
        }
    }
}
