package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flutemail.application.MailboxService;
import org.flutemail.application.Views.MailboxView;
import org.flutemail.application.Views.MessageContentRef;
import org.flutemail.application.Views.MessageView;
import org.flutemail.domain.Account;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MailboxStatistics;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.StoredMessage;

@Stateless
public class DefaultMailboxService implements MailboxService {

    @Inject
    Lookups lookups;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Override
    public List<MailboxView> mailboxes(String address) {
        Account account = account(address);
        Map<Long, MailboxStatistics> stats = mailboxes.statistics(account).stream()
                .collect(Collectors.toMap(MailboxStatistics::mailboxId, Function.identity()));
        return mailboxes.ofAccount(account).stream().map(m -> {
            MailboxStatistics s = stats.get(m.id());
            return new MailboxView(m.name(), m.specialUse(), s == null ? 0 : s.messages(), s == null ? 0 : s.unseen(),
                    s == null ? 0 : s.size(), m.uidValidity(), m.nextUid());
        }).toList();
    }

    @Override
    public List<MessageView> messages(String address, String mailbox) {
        return messages.inMailbox(mailbox(address, mailbox)).stream().map(DefaultMailboxService::view).toList();
    }

    @Override
    public MessageContentRef content(String address, String mailbox, long uid) {
        StoredMessage m = messages.byUid(mailbox(address, mailbox), uid)
                .orElseThrow(() -> new NotFoundException("no message with UID " + uid + " in " + mailbox));
        return new MessageContentRef(m.blobKey(), m.size());
    }

    private Account account(String address) {
        return lookups.account(address);
    }

    private Mailbox mailbox(String address, String name) {
        Account account = account(address);
        return mailboxes.byName(account, name)
                .orElseThrow(() -> new NotFoundException("account " + account.address() + " has no mailbox " + name));
    }

    private static MessageView view(StoredMessage m) {
        return new MessageView(m.uid(), m.messageId(), m.from(), m.to(), m.subject(), m.size(), m.internalDate(),
                m.sentDate(), m.seen(), flags(m));
    }

    private static List<String> flags(StoredMessage m) {
        List<String> flags = new java.util.ArrayList<>();
        if (m.seen()) {
            flags.add("\\Seen");
        }
        if (m.answered()) {
            flags.add("\\Answered");
        }
        if (m.flagged()) {
            flags.add("\\Flagged");
        }
        if (m.deleted()) {
            flags.add("\\Deleted");
        }
        if (m.draft()) {
            flags.add("\\Draft");
        }
        if (m.keywords() != null && !m.keywords().isBlank()) {
            flags.addAll(List.of(m.keywords().split(" ")));
        }
        return flags;
    }
}
