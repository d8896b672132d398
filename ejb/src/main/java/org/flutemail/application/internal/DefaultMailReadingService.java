package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.MessageOrder;
import org.flutemail.application.ReadingViews.MessagePage;
import org.flutemail.application.ReadingViews.MessageRow;
import org.flutemail.application.ReadingViews.PartContent;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MessageListing;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.StoredMessage;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultMailReadingService implements MailReadingService {

    @Inject
    Lookups lookups;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    MessageListing listing;

    @Inject
    BlobStore blobs;

    @Override
    public MessagePage page(String account, String mailbox, MessageOrder order, boolean ascending, int first,
            int max) {
        Mailbox box = mailbox(account, mailbox);
        return new MessagePage(listing.count(box),
                listing.page(box, column(order), ascending, first, max).stream().map(m -> row(mailbox, m))
                        .toList());
    }

    @Override
    public long count(String account, String mailbox) {
        return listing.count(mailbox(account, mailbox));
    }

    @Override
    public MessageDisplay read(String account, String mailbox, long uid) {
        StoredMessage m = message(account, mailbox, uid);
        return new MessageDisplayReader(content(m)).display(uid, m.internalDate());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean markSeen(String account, String mailbox, long uid) {
        Mailbox box = mailboxes.lockByName(lookups.account(account), mailbox)
                .orElseThrow(() -> new NotFoundException("account " + account + " has no mailbox " + mailbox));
        return messages.markSeen(box, List.of(uid), box.nextModseq()) > 0;
    }

    @Override
    public Optional<PartContent> part(String account, String mailbox, long uid, String section) {
        return new MessageDisplayReader(content(message(account, mailbox, uid))).part(section);
    }

    private StoredMessage message(String account, String mailbox, long uid) {
        return messages.byUid(mailbox(account, mailbox), uid)
                .orElseThrow(() -> new NotFoundException("no message with UID " + uid + " in " + mailbox));
    }

    private byte[] content(StoredMessage m) {
        try (InputStream in = blobs.open(new BlobKey(m.blobKey()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message " + m.blobKey(), e);
        }
    }

    private Mailbox mailbox(String account, String name) {
        return mailboxes.byName(lookups.account(account), name)
                .orElseThrow(() -> new NotFoundException("account " + account + " has no mailbox " + name));
    }

    private static MessageListing.Column column(MessageOrder order) {
        switch (order) {
            case SENDER:
                return MessageListing.Column.SENDER;
            case SUBJECT:
                return MessageListing.Column.SUBJECT;
            case SIZE:
                return MessageListing.Column.SIZE;
            case DATE:
            default:
                return MessageListing.Column.ARRIVAL;
        }
    }

    static MessageRow row(String mailbox, StoredMessage m) {
        return new MessageRow(mailbox, m.uid(), m.from(), m.subject(), m.internalDate(), m.size(), m.seen(), m.flagged(),
                m.answered());
    }
}
