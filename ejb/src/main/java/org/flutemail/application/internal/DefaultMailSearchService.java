package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flutemail.application.MailSearchService;
import org.flutemail.application.ReadingViews.MessageRow;
import org.flutemail.application.ReadingViews.SearchCriteria;
import org.flutemail.domain.Account;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.SearchKey;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultMailSearchService implements MailSearchService {

    @Inject
    Lookups lookups;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    MessageStructures structures;

    @Inject
    SearchNarrowing narrowing;

    @Override
    public List<MessageRow> search(String account, SearchCriteria criteria) {
        Account owner = lookups.account(account);
        List<Mailbox> boxes = criteria.mailbox() == null ? mailboxes.ofAccount(owner)
                : List.of(mailboxes.byName(owner, criteria.mailbox())
                        .orElseThrow(() -> new NotFoundException("account " + account + " has no mailbox "
                                + criteria.mailbox())));
        SearchKey key = WebmailSearchKey.of(criteria);
        List<MessageRow> found = new ArrayList<>();
        for (Mailbox box : boxes) {
            ImapSearch search = new ImapSearch(key, structures::read, structures.headersIn(box),
                    Clock.systemUTC().instant());
            List<StoredMessage> candidates = narrowing.candidates(box, key)
                    .map(match -> messages.byUids(box, match.all()))
                    .orElseGet(() -> messages.inMailbox(box));
            for (StoredMessage message : candidates) {
                if (inRange(criteria, message) && search.matches(message)
                        && (!criteria.attachment() || hasAttachment(message))) {
                    found.add(DefaultMailReadingService.row(box.name(), message));
                }
            }
        }
        found.sort(Comparator.comparing(MessageRow::date).reversed());
        return found;
    }

    private static boolean inRange(SearchCriteria criteria, StoredMessage message) {
        return (criteria.since() == null || !message.internalDate().isBefore(criteria.since()))
                && (criteria.before() == null || message.internalDate().isBefore(criteria.before()));
    }

    /** Whether the reader would list an attachment: the same parts the user sees with a paper clip. */
    private boolean hasAttachment(StoredMessage message) {
        try {
            return !new MessageDisplayReader(structures.read(message)).display(message.uid(), message.internalDate())
                    .attachments().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message " + message.blobKey(), e);
        }
    }
}
