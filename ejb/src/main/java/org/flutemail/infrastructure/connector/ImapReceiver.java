package org.flutemail.infrastructure.connector;

import org.flutemail.application.MailEvents;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flutemail.application.internal.ImapMailStore;
import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.command.SearchKey;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.StoreException;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Answers the IMAP server of the resource adapter. The bean itself runs without a transaction: each
 * call goes to {@link ImapMailStore}, whose transaction has committed when the call returns, so the
 * adapter can answer OK as soon as it gets the result.
 */
@MessageDriven(messageListenerInterface = ImapStore.class)
@ResourceAdapter("flute.ear#flute-adapter.rar")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImapReceiver implements ImapStore {

    @Inject
    ImapMailStore store;

    @Inject
    MailEvents events;

    @Override
    public LoginResult login(String user, String password, String clientAddress) {
        LoginResult result = store.login(user, password, clientAddress);
        events.login("IMAP", user, clientAddress, result.outcome() == LoginOutcome.SUCCESS);
        return result;
    }

    @Override
    public List<MailboxEntry> mailboxes(String identity) {
        return store.mailboxes(identity);
    }

    @Override
    public MailboxSnapshot open(String identity, String mailbox, boolean claimRecent) throws StoreException {
        return store.open(identity, mailbox, claimRecent);
    }

    @Override
    public MailboxChanges changes(String identity, long mailboxId, long sinceModSeq, boolean claimRecent)
            throws StoreException {
        return store.changes(identity, mailboxId, sinceModSeq, claimRecent);
    }

    @Override
    public byte[] content(String identity, long mailboxId, long uid) throws StoreException {
        return store.content(identity, mailboxId, uid);
    }

    @Override
    public Map<Long, PreparedFetch> prepared(String identity, long mailboxId, List<Long> uids) throws StoreException {
        return store.prepared(identity, mailboxId, uids);
    }

    @Override
    public FlagChanges storeFlags(String identity, long mailboxId, List<Long> uids, StoreMode mode, Set<String> flags,
            long unchangedSince) throws StoreException {
        return store.storeFlags(identity, mailboxId, uids, mode, flags, unchangedSince);
    }

    @Override
    public List<Long> expunge(String identity, long mailboxId, List<Long> uids) throws StoreException {
        return store.expunge(identity, mailboxId, uids);
    }

    @Override
    public List<Appended> append(String identity, String mailbox, List<NewMessage> messages) throws StoreException {
        return store.append(identity, mailbox, messages);
    }

    @Override
    public Copied copy(String identity, long mailboxId, List<Long> uids, String target, boolean move)
            throws StoreException {
        return store.copy(identity, mailboxId, uids, target, move);
    }

    @Override
    public void create(String identity, String mailbox, List<String> specialUse) throws StoreException {
        store.create(identity, mailbox, specialUse);
    }

    @Override
    public void delete(String identity, String mailbox) throws StoreException {
        store.delete(identity, mailbox);
    }

    @Override
    public void rename(String identity, String from, String to) throws StoreException {
        store.rename(identity, from, to);
    }

    @Override
    public void subscribe(String identity, String mailbox, boolean subscribed) throws StoreException {
        store.subscribe(identity, mailbox, subscribed);
    }

    @Override
    public MailboxStatus status(String identity, String mailbox) throws StoreException {
        return store.status(identity, mailbox);
    }

    @Override
    public List<SortFields> sortFields(String identity, long mailboxId, List<Long> uids) throws StoreException {
        return store.sortFields(identity, mailboxId, uids);
    }

    @Override
    public Quota quota(String identity) {
        return store.quota(identity);
    }

    @Override
    public List<Long> search(String identity, long mailboxId, SearchKey key, String charset) throws StoreException {
        return store.search(identity, mailboxId, key, charset);
    }
}
