package org.flutemail.infrastructure.connector;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.application.SpoolService;
import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.SessionInfo;
import org.flutemail.connector.api.SmtpListener;
import org.flutemail.domain.Envelope;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Answers the SMTP receiver's questions. {@link #accept} runs in a container transaction which the
 * adapter waits for: the client hears 250 only after the content is on disk and the spool row and
 * queue entry have committed.
 */
@MessageDriven(messageListenerInterface = SmtpListener.class)
@ResourceAdapter("flute.ear#flute-adapter.rar")
public class SmtpReceiver implements SmtpListener {

    private static final Logger LOG = Logger.getLogger(SmtpReceiver.class.getName());

    @Inject
    RecipientDirectory directory;

    @Inject
    SpoolService spool;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RecipientVerdict checkRecipient(String address) {
        try {
            return switch (directory.statusOf(directory.canonical(address))) {
                case ACCOUNT, ALIAS -> RecipientVerdict.accept();
                case UNKNOWN -> RecipientVerdict.of(RecipientVerdict.Kind.UNKNOWN, "no such user here");
                case DISABLED -> RecipientVerdict.of(RecipientVerdict.Kind.DISABLED, "mailbox disabled");
                case NOT_LOCAL -> RecipientVerdict.of(RecipientVerdict.Kind.NOT_LOCAL, "relay access denied");
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recipient lookup failed; asking the client to retry", e);
            return RecipientVerdict.of(RecipientVerdict.Kind.TRY_LATER, "cannot look the recipient up now");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AcceptedMessage accept(InboundMessage message) {
        SessionInfo s = message.session();
        Envelope envelope = new Envelope(message.reversePath(),
                message.recipients().stream().map(directory::canonical).distinct().toList(),
                message.receivedAt(), s.clientAddress(), s.clientName(), s.serverName(), s.protocol(), s.tlsCipher(),
                s.authenticatedUser());
        try (InputStream content = message.content().openStream()) {
            return new AcceptedMessage(spool.accept(envelope, content));
        } catch (IOException e) {
            throw new EJBException("cannot store the message content", e);
        }
    }
}
