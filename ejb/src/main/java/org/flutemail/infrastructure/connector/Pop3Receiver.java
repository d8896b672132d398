package org.flutemail.infrastructure.connector;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.application.AuthenticationService;
import org.flutemail.application.MailEvents;
import org.flutemail.application.MaildropService;
import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.MaildropSnapshot;
import org.flutemail.connector.api.MessageContent;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.connector.api.Pop3SessionInfo;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Answers the POP3 server's questions about an account's INBOX. Reads run without a transaction of
 * their own (each service call has one); the changes made at QUIT run in the container transaction
 * the adapter waits for, so the client hears {@code +OK} only after they have committed.
 */
@MessageDriven(messageListenerInterface = Pop3Listener.class)
@ResourceAdapter("flute.ear#flute-adapter.rar")
public class Pop3Receiver implements Pop3Listener {

    private static final Logger LOG = Logger.getLogger(Pop3Receiver.class.getName());

    @Inject
    AuthenticationService authentication;

    @Inject
    MailEvents events;

    @Inject
    MaildropService maildrops;

    @Inject
    BlobStore blobs;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuthVerdict authenticate(String user, String password, Pop3SessionInfo session) {
        return AuthVerdicts.check(authentication, events, "POP3", user, password, session.clientAddress());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<MaildropSnapshot> open(String identity, Duration lease) {
        Optional<MaildropService.Maildrop> opened = maildrops.open(identity, lease);
        if (opened.isEmpty()) {
            LOG.info(() -> "POP3 maildrop of " + identity + " is in use by another session");
        }
        return opened.map(maildrop -> new MaildropSnapshot(maildrop.messages().stream()
                .map(m -> new MaildropSnapshot.Message(m.uid(), m.size(),
                        MaildropSnapshot.uidl(maildrop.uidValidity(), m.uid())))
                .toList(), maildrop.lock()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean renewLock(String lock, Duration lease) {
        return maildrops.renewLock(lock, lease);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void releaseLock(String lock) {
        maildrops.releaseLock(lock);
    }

    /** The content stays readable after this call: it is a blob, immutable and kept while the session reads it. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MessageContent retrieve(String identity, long id) {
        return maildrops.content(identity, id).map(ref -> new BlobContent(blobs, new BlobKey(ref.blobKey()),
                ref.size())).orElse(null);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void delete(String identity, List<Long> ids) {
        int removed = maildrops.delete(identity, ids);
        LOG.info(() -> "POP3 removed " + removed + " of " + ids.size() + " messages marked deleted by " + identity);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void markSeen(String identity, List<Long> ids) {
        maildrops.markSeen(identity, ids);
    }

    /** A stored message's bytes, read from the blob store when the adapter streams them. */
    private record BlobContent(BlobStore blobs, BlobKey key, long size) implements MessageContent {

        @Override
        public InputStream openStream() throws IOException {
            return blobs.open(key);
        }
    }
}
