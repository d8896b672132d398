package org.flutemail.connector.adapter;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.command.SearchKey;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.StoreException;

/**
 * The store as the IMAP session sees it: one endpoint per call, released in {@code finally}. The bean
 * runs each change in a transaction of its own that has committed when the call returns, so the
 * session's tagged OK always follows the commit.
 */
final class EndpointImapStore implements ImapStore {

    private final Endpoints<ImapStore> endpoints;

    EndpointImapStore(MessageEndpointFactory factory) {
        this.endpoints = new Endpoints<>(factory, ImapStore.class);
    }

    @Override
    public LoginResult login(String user, String password, String clientAddress) {
        return endpoints.call(store -> store.login(user, password, clientAddress));
    }

    @Override
    public List<MailboxEntry> mailboxes(String identity) {
        return endpoints.call(store -> store.mailboxes(identity));
    }

    @Override
    public MailboxSnapshot open(String identity, String mailbox, boolean claimRecent) throws StoreException {
        return endpoints.ask(store -> store.open(identity, mailbox, claimRecent));
    }

    @Override
    public MailboxChanges changes(String identity, long mailboxId, long sinceModSeq, boolean claimRecent)
            throws StoreException {
        return endpoints.ask(store -> store.changes(identity, mailboxId, sinceModSeq, claimRecent));
    }

    @Override
    public byte[] content(String identity, long mailboxId, long uid) throws StoreException {
        return endpoints.ask(store -> store.content(identity, mailboxId, uid));
    }

    @Override
    public Map<Long, PreparedFetch> prepared(String identity, long mailboxId, List<Long> uids) throws StoreException {
        return endpoints.ask(store -> store.prepared(identity, mailboxId, uids));
    }

    @Override
    public FlagChanges storeFlags(String identity, long mailboxId, List<Long> uids, StoreMode mode, Set<String> flags,
            long unchangedSince) throws StoreException {
        return endpoints.ask(store -> store.storeFlags(identity, mailboxId, uids, mode, flags, unchangedSince));
    }

    @Override
    public List<Long> expunge(String identity, long mailboxId, List<Long> uids) throws StoreException {
        return endpoints.ask(store -> store.expunge(identity, mailboxId, uids));
    }

    @Override
    public List<Appended> append(String identity, String mailbox, List<NewMessage> messages) throws StoreException {
        return endpoints.ask(store -> store.append(identity, mailbox, messages));
    }

    @Override
    public Copied copy(String identity, long mailboxId, List<Long> uids, String target, boolean move)
            throws StoreException {
        return endpoints.ask(store -> store.copy(identity, mailboxId, uids, target, move));
    }

    @Override
    public void create(String identity, String mailbox, List<String> specialUse) throws StoreException {
        endpoints.ask(store -> {
            store.create(identity, mailbox, specialUse);
            return null;
        });
    }

    @Override
    public void delete(String identity, String mailbox) throws StoreException {
        endpoints.ask(store -> {
            store.delete(identity, mailbox);
            return null;
        });
    }

    @Override
    public void rename(String identity, String from, String to) throws StoreException {
        endpoints.ask(store -> {
            store.rename(identity, from, to);
            return null;
        });
    }

    @Override
    public void subscribe(String identity, String mailbox, boolean subscribed) throws StoreException {
        endpoints.ask(store -> {
            store.subscribe(identity, mailbox, subscribed);
            return null;
        });
    }

    @Override
    public MailboxStatus status(String identity, String mailbox) throws StoreException {
        return endpoints.ask(store -> store.status(identity, mailbox));
    }

    @Override
    public List<SortFields> sortFields(String identity, long mailboxId, List<Long> uids) throws StoreException {
        return endpoints.ask(store -> store.sortFields(identity, mailboxId, uids));
    }

    @Override
    public Quota quota(String identity) {
        return endpoints.call(store -> store.quota(identity));
    }

    @Override
    public List<Long> search(String identity, long mailboxId, SearchKey key, String charset) throws StoreException {
        return endpoints.ask(store -> store.search(identity, mailboxId, key, charset));
    }
}
