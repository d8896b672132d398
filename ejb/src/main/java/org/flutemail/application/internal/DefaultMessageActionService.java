package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.application.MessageActionService;
import org.flutemail.domain.Account;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.FolderPlacement;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.store.StoreException;

/**
 * Carries webmail actions out through {@link ImapMailStore}, the IMAP server's own store: the same
 * row locks, mod-sequences and change notices as an IMAP STORE, MOVE, EXPUNGE or CREATE. One
 * transaction per call.
 */
@Stateless
public class DefaultMessageActionService implements MessageActionService {

    static final String TRASH = "\\Trash";
    static final String JUNK = "\\Junk";

    @Inject
    ImapMailStore store;

    @Inject
    Lookups lookups;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Override
    public void setFlag(String account, String mailbox, List<Long> uids, Flag flag, boolean on) {
        Mailbox box = mailbox(account, mailbox);
        call(() -> store.storeFlags(identity(account), box.id(), uids, on ? StoreMode.ADD : StoreMode.REMOVE,
                Set.of(flag.imapName()), -1));
    }

    @Override
    public boolean delete(String account, String mailbox, List<Long> uids) {
        Mailbox box = mailbox(account, mailbox);
        Optional<String> trash = specialFolder(account, TRASH);
        if (trash.isPresent() && !trash.get().equals(box.name())) {
            move(account, mailbox, uids, trash.get());
            return false;
        }
        expunge(account, box, uids);
        return true;
    }

    @Override
    public void move(String account, String mailbox, List<Long> uids, String target) {
        Mailbox box = mailbox(account, mailbox);
        if (box.name().equals(target) || uids.isEmpty()) {
            return;
        }
        mailbox(account, target);
        call(() -> store.copy(identity(account), box.id(), uids, target, true));
    }

    @Override
    public void markSpam(String account, String mailbox, List<Long> uids) {
        move(account, mailbox, uids, specialFolder(account, JUNK)
                .orElseThrow(() -> new NotFoundException("account " + account + " has no Junk folder")));
    }

    @Override
    public void markNotSpam(String account, String mailbox, List<Long> uids) {
        move(account, mailbox, uids, Mailbox.INBOX);
    }

    @Override
    public void empty(String account, String mailbox) {
        Mailbox box = mailbox(account, mailbox);
        if (!TRASH.equals(box.specialUse()) && !JUNK.equals(box.specialUse())) {
            throw new InvalidRequestException("only Trash and Junk are emptied");
        }
        expunge(account, box, messages.inMailbox(box).stream().map(StoredMessage::uid).toList());
    }

    @Override
    public void createFolder(String account, String name) {
        call(() -> {
            store.create(identity(account), name, List.of());
            store.subscribe(identity(account), name, true);
            return null;
        });
    }

    @Override
    public void renameFolder(String account, String from, String to) {
        checkUserFolder(mailbox(account, from));
        call(() -> {
            store.rename(identity(account), from, to);
            return null;
        });
    }

    @Override
    public String moveFolder(String account, String folder, String parent) {
        checkUserFolder(mailbox(account, folder));
        if (parent != null && !parent.isBlank()) {
            mailbox(account, parent);
        }
        String to = FolderPlacement.moved(folder, parent);
        if (!to.equals(folder)) {
            renameFolder(account, folder, to);
        }
        return to;
    }

    @Override
    public void deleteFolder(String account, String name) {
        checkUserFolder(mailbox(account, name));
        Account owner = lookups.account(account);
        String prefix = name + "/";
        // Deepest first, as IMAP DELETE refuses a folder that still has children.
        List<Mailbox> doomed = new ArrayList<>(mailboxes.ofAccount(owner).stream()
                .filter(m -> m.name().equals(name) || m.name().startsWith(prefix))
                .sorted(Comparator.comparing((Mailbox m) -> m.name().length()).reversed()).toList());
        Optional<String> trash = specialFolder(account, TRASH);
        for (Mailbox folder : doomed) {
            List<Long> uids = messages.inMailbox(folder).stream().map(StoredMessage::uid).toList();
            if (trash.isPresent() && !uids.isEmpty()) {
                move(account, folder.name(), uids, trash.get());
            }
            call(() -> {
                store.delete(identity(account), folder.name());
                return null;
            });
        }
    }

    @Override
    public Optional<String> specialFolder(String account, String specialUse) {
        return mailboxes.bySpecialUse(lookups.account(account), specialUse).map(Mailbox::name);
    }

    private void expunge(String account, Mailbox box, List<Long> uids) {
        if (uids.isEmpty()) {
            return;
        }
        call(() -> {
            store.storeFlags(identity(account), box.id(), uids, StoreMode.ADD, Set.of("\\Deleted"), -1);
            return store.expunge(identity(account), box.id(), uids);
        });
    }

    private static void checkUserFolder(Mailbox box) {
        if (box.name().equals(Mailbox.INBOX) || box.specialUse() != null) {
            throw new InvalidRequestException("system folders cannot be renamed or deleted");
        }
    }

    private Mailbox mailbox(String account, String name) {
        return mailboxes.byName(lookups.account(account), name)
                .orElseThrow(() -> new NotFoundException("account " + account + " has no mailbox " + name));
    }

    private String identity(String account) {
        return lookups.account(account).address();
    }

    /** A store refusal becomes the exception the screens report: a name taken, or a request refused. */
    private static <T> T call(StoreCall<T> call) {
        try {
            return call.run();
        } catch (StoreException e) {
            switch (e.code()) {
                case ALREADYEXISTS:
                    throw new ConflictException(e.getMessage());
                case NONEXISTENT:
                    throw new NotFoundException(e.getMessage());
                default:
                    throw new InvalidRequestException(e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws StoreException;
    }
}
