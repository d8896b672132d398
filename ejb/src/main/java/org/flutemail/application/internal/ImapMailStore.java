package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import org.flutemail.application.AuthenticationService;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MailboxCounts;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.command.SearchKey;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.StoreException;
import org.flutemail.protocol.imap.store.StoreException.Code;

/**
 * The IMAP server's view of an account's mailboxes. Every change takes the write lock of the mailbox
 * rows it touches (in id order when there are two), as delivery and POP3 do, so UIDs and
 * mod-sequences stay strictly ascending whoever writes; each method is one transaction that has
 * committed when it returns, so the client's OK follows the commit.
 *
 * <p>Content is written to the blob store (durably) before the transaction that refers to it; a
 * transaction that then fails leaves an unreferenced blob, which is harmless.
 */
@ApplicationScoped
@Transactional(rollbackOn = StoreException.class)
public class ImapMailStore implements ImapStore {

    private static final Logger LOG = Logger.getLogger(ImapMailStore.class.getName());
    private static final Set<String> SPECIAL_USES = Set.of("\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk",
            "\\Sent", "\\Trash");
    private static final int MAX_NAME_LENGTH = 1000;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountRepository accounts;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    BlobStore blobs;

    @Inject
    MessageStructures structures;

    @Inject
    SearchNarrowing narrowing;

    @Inject
    Clock clock;

    @Override
    public LoginResult login(String user, String password, String clientAddress) {
        AuthenticationService.Login login = authentication.login(user, password, clientAddress,
                org.flutemail.domain.Access.IMAP);
        LOG.info(() -> "IMAP authentication " + login.outcome().name().toLowerCase(Locale.ROOT) + " for '" + user
                + "' from " + clientAddress);
        return new LoginResult(LoginOutcome.valueOf(login.outcome().name()), login.identity());
    }

    @Override
    public List<MailboxEntry> mailboxes(String identity) {
        Account account = account(identity);
        List<MailboxEntry> entries = new ArrayList<>(mailboxes.ofAccount(account).stream()
                .map(m -> new MailboxEntry(m.name(), m.specialUse(), m.subscribed())).toList());
        mailboxes.lostSubscriptions(account).forEach(name -> entries.add(new MailboxEntry(name, null, true, false)));
        entries.sort(Comparator.comparing((MailboxEntry e) -> !e.name().equals(Mailbox.INBOX))
                .thenComparing(MailboxEntry::name));
        return entries;
    }

    @Override
    public MailboxSnapshot open(String identity, String name, boolean claimRecent) throws StoreException {
        Mailbox mailbox = byName(account(identity), name);
        // No lock on the mailbox row: writers go on meanwhile. The snapshot is the row as read first; the
        // messages added or changed after it have a higher mod-sequence, so the session's first look
        // finds them, and a message expunged meanwhile is simply not there.
        List<MessageState> states = messages.flagStates(mailbox, mailbox.nextUid()).stream()
                .map(s -> new MessageState(s.uid(), s.modseq(), s.flags(), s.internalDate(), s.size())).toList();
        long firstRecentUid = claimRecent ? claimRecent(mailbox) : mailbox.firstRecentUid();
        Set<String> keywords = new TreeSet<>();
        states.forEach(s -> s.flags().stream().filter(f -> !f.startsWith("\\")).forEach(keywords::add));
        return new MailboxSnapshot(mailbox.id(), mailbox.uidValidity(), mailbox.nextUid(), mailbox.highestModseq(),
                states, keywords, firstRecentUid);
    }

    @Override
    public MailboxChanges changes(String identity, long mailboxId, long sinceModSeq, boolean claimRecent)
            throws StoreException {
        Account account = account(identity);
        Mailbox mailbox = byId(account, mailboxId);
        if (mailbox.highestModseq() <= sinceModSeq) {
            return new MailboxChanges(mailbox.highestModseq(), mailbox.nextUid(), List.of(), List.of(), Long.MAX_VALUE);
        }
        List<MessageState> changed = messages.changedSince(mailbox, sinceModSeq).stream()
                .map(ImapMailStore::state).toList();
        List<Long> expunged = messages.expungedSince(mailbox, sinceModSeq);
        long firstRecentUid = claimRecent ? claimRecent(mailbox) : Long.MAX_VALUE;
        return new MailboxChanges(mailbox.highestModseq(), mailbox.nextUid(), changed, expunged, firstRecentUid);
    }

    @Override
    public byte[] content(String identity, long mailboxId, long uid) throws StoreException {
        Optional<StoredMessage> message = messages.byUid(byId(account(identity), mailboxId), uid);
        if (message.isEmpty()) {
            return null;
        }
        try {
            return read(message.get());
        } catch (IOException e) {
            throw new StoreException(Code.UNAVAILABLE, "The message cannot be read now");
        }
    }

    @Override
    public Map<Long, PreparedFetch> prepared(String identity, long mailboxId, List<Long> uids) throws StoreException {
        List<StoredMessage> found = messages.byUids(byId(account(identity), mailboxId), uids);
        Map<Long, PreparedFetch> byUid = new HashMap<>();
        try {
            Map<Long, PreparedFetch> byId = structures.prepared(found);
            found.forEach(message -> byUid.put(message.uid(), byId.get(message.id())));
        } catch (IOException e) {
            throw new StoreException(Code.UNAVAILABLE, "The messages cannot be read now");
        }
        return byUid;
    }

    @Override
    public FlagChanges storeFlags(String identity, long mailboxId, List<Long> uids, StoreMode mode, Set<String> flags,
            long unchangedSince) throws StoreException {
        Mailbox mailbox = lockById(account(identity), mailboxId);
        List<MessageState> updated = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        long modseq = 0;
        for (StoredMessage message : messages.byUids(mailbox, uids)) {
            if (unchangedSince >= 0 && message.modseq() > unchangedSince) {
                failed.add(message.uid());
                continue;
            }
            Set<String> next = next(message.flagNames(), mode, flags);
            if (!next.equals(message.flagNames())) {
                modseq = modseq == 0 ? mailbox.nextModseq() : modseq;
                message.changeFlags(next, modseq);
            }
            updated.add(state(message));
        }
        return new FlagChanges(updated, failed);
    }

    @Override
    public List<Long> expunge(String identity, long mailboxId, List<Long> uids) throws StoreException {
        Mailbox mailbox = lockById(account(identity), mailboxId);
        List<Long> deleted = messages.byUids(mailbox, uids).stream().filter(StoredMessage::deleted)
                .map(StoredMessage::uid).toList();
        return deleted.isEmpty() ? List.of() : messages.removeByUid(mailbox, deleted, mailbox.nextModseq());
    }

    @Override
    public List<Appended> append(String identity, String name, List<NewMessage> incoming) throws StoreException {
        Account account = account(identity);
        List<BlobKey> keys = new ArrayList<>();
        try {
            for (NewMessage message : incoming) {
                keys.add(blobs.put(new ByteArrayInputStream(message.content())));
            }
        } catch (IOException e) {
            throw new StoreException(Code.UNAVAILABLE, "The message cannot be stored now");
        }
        Mailbox mailbox = mailboxes.lockByName(account, name)
                .orElseThrow(() -> new StoreException(Code.TRYCREATE, "No such mailbox"));
        checkQuota(account, incoming.stream().mapToLong(m -> m.content().length).sum());
        List<Appended> appended = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            NewMessage message = incoming.get(i);
            StoredMessage stored;
            try (InputStream in = new ByteArrayInputStream(message.content())) {
                stored = StoredMessage.appendedTo(mailbox, keys.get(i).value(), message.content().length,
                        MessageSummaryReader.read(in), message.internalDate(), message.flags());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            messages.add(stored);
            structures.stored(stored, message.content());
            appended.add(new Appended(mailbox.uidValidity(), stored.uid()));
        }
        return appended;
    }

    @Override
    public Copied copy(String identity, long mailboxId, List<Long> uids, String target, boolean move)
            throws StoreException {
        Account account = account(identity);
        Mailbox targetBox = byNameOr(account, target, Code.TRYCREATE);
        Mailbox source;
        Mailbox destination;
        // Both rows locked in id order, so two opposite moves cannot deadlock.
        if (targetBox.id() < mailboxId) {
            destination = lockById(account, targetBox.id());
            source = lockById(account, mailboxId);
        } else {
            source = lockById(account, mailboxId);
            destination = source.id().equals(targetBox.id()) ? source : lockById(account, targetBox.id());
        }
        List<StoredMessage> originals = messages.byUids(source, uids);
        if (!move) {
            checkQuota(account, originals.stream().mapToLong(StoredMessage::size).sum());
        }
        List<Long> sourceUids = new ArrayList<>();
        List<Long> targetUids = new ArrayList<>();
        for (StoredMessage original : originals) {
            StoredMessage copy = original.copyTo(destination);
            messages.add(copy);
            structures.copied(original, copy);
            sourceUids.add(original.uid());
            targetUids.add(copy.uid());
        }
        if (move && !sourceUids.isEmpty()) {
            messages.removeByUid(source, sourceUids, source.nextModseq());
        }
        return new Copied(destination.uidValidity(), sourceUids, targetUids);
    }

    @Override
    public void create(String identity, String name, List<String> specialUse) throws StoreException {
        Account account = account(identity);
        checkName(name);
        if (mailboxes.byName(account, name).isPresent()) {
            throw new StoreException(Code.ALREADYEXISTS, "Mailbox already exists");
        }
        String use = null;
        if (!specialUse.isEmpty()) {
            use = SPECIAL_USES.stream().filter(u -> u.equalsIgnoreCase(specialUse.get(0))).findFirst()
                    .orElseThrow(() -> new StoreException(Code.USEATTR, "Unsupported special use " + specialUse.get(0)));
        }
        // Parents are created too (RFC 9051 section 6.3.4), so the hierarchy has no holes.
        int slash = name.indexOf(DELIMITER);
        while (slash > 0) {
            String parent = name.substring(0, slash);
            if (mailboxes.byName(account, parent).isEmpty()) {
                mailboxes.add(unsubscribed(new Mailbox(account, parent, null, account.nextUidValidity(clock.instant()))));
            }
            slash = name.indexOf(DELIMITER, slash + 1);
        }
        Mailbox created = unsubscribed(new Mailbox(account, name, use, account.nextUidValidity(clock.instant())));
        // A name subscribed before it existed (or since its deletion) keeps its subscription.
        created.subscribe(mailboxes.dropLostSubscription(account, name));
        mailboxes.add(created);
    }

    @Override
    public void delete(String identity, String name) throws StoreException {
        Account account = account(identity);
        if (name.equals(Mailbox.INBOX)) {
            throw new StoreException(Code.CANNOT, "INBOX cannot be deleted");
        }
        Mailbox mailbox = byName(account, name);
        String prefix = name + DELIMITER;
        if (mailboxes.ofAccount(account).stream().anyMatch(m -> m.name().startsWith(prefix))) {
            throw new StoreException(Code.HASCHILDREN, "Mailbox has children; delete them first");
        }
        if (mailbox.subscribed()) {
            mailboxes.keepLostSubscription(account, name);
        }
        mailboxes.remove(mailbox);
    }

    @Override
    public void rename(String identity, String from, String to) throws StoreException {
        Account account = account(identity);
        checkName(to);
        Mailbox mailbox = byName(account, from);
        if (mailboxes.byName(account, to).isPresent()) {
            throw new StoreException(Code.ALREADYEXISTS, "Mailbox already exists");
        }
        if (from.equals(Mailbox.INBOX)) {
            // RFC 9051 section 6.3.6: renaming INBOX moves its messages to the new name; INBOX stays, empty.
            create(identity, to, List.of());
            List<Long> all = messages.inMailbox(mailbox).stream().map(StoredMessage::uid).toList();
            copy(identity, mailbox.id(), all, to, true);
            return;
        }
        String prefix = from + DELIMITER;
        for (Mailbox child : mailboxes.ofAccount(account)) {
            if (child.name().startsWith(prefix)) {
                child.rename(to + DELIMITER + child.name().substring(prefix.length()));
            }
        }
        mailbox.rename(to);
    }

    @Override
    public void subscribe(String identity, String name, boolean subscribed) throws StoreException {
        Account account = account(identity);
        Optional<Mailbox> mailbox = mailboxes.byName(account, name);
        if (mailbox.isPresent()) {
            mailbox.get().subscribe(subscribed);
        } else if (subscribed) {
            checkName(name);
            mailboxes.keepLostSubscription(account, name);
        } else if (!mailboxes.dropLostSubscription(account, name)) {
            throw new StoreException(Code.NONEXISTENT, "Not subscribed");
        }
    }

    @Override
    public MailboxStatus status(String identity, String name) throws StoreException {
        Mailbox mailbox = byName(account(identity), name);
        MailboxCounts counts = messages.counts(mailbox, mailbox.firstRecentUid());
        return new MailboxStatus(counts.messages(), counts.fromUid(), mailbox.nextUid(), mailbox.uidValidity(),
                counts.unseen(), counts.deleted(), counts.size(), mailbox.highestModseq());
    }

    @Override
    public List<Long> search(String identity, long mailboxId, SearchKey key, String charset) throws StoreException {
        if (charset != null && !Charset.isSupported(charset)) {
            throw new StoreException(Code.BADCHARSET, "Unknown charset " + charset);
        }
        Mailbox mailbox = byId(account(identity), mailboxId);
        ImapSearch search = new ImapSearch(key, this::read, structures.headersIn(mailbox), clock.instant());
        try {
            Optional<KeptFields.Match> narrowed = narrowing.candidates(mailbox, key);
            if (narrowed.isEmpty()) {
                return matching(messages.inMailbox(mailbox), search);
            }
            // The kept fields decide, but for the messages they cannot: only those are loaded and checked.
            KeptFields.Match match = narrowed.get();
            if (match.unsure().isEmpty()) {
                return match.certain();
            }
            List<Long> found = new ArrayList<>(match.certain());
            found.addAll(matching(messages.byUids(mailbox, match.unsure()), search));
            found.sort(null);
            return found;
        } catch (UncheckedIOException e) {
            throw new StoreException(Code.UNAVAILABLE, "Messages cannot be read now");
        }
    }

    /**
     * New mail nobody has seen (UIDs from the row's first recent one up to its next UID, as read): the
     * first session to look takes it as recent. A conditional update as the last statement, so that many
     * sessions woken by the same delivery, or selecting at once, do not queue on the mailbox row's lock
     * for the whole of their look; a session that loses the race simply has nothing recent. Returns the
     * first recent UID, {@link Long#MAX_VALUE} for none.
     */
    private long claimRecent(Mailbox mailbox) {
        long first = mailbox.firstRecentUid();
        return first < mailbox.nextUid() && mailboxes.claimRecent(mailbox.id(), first, mailbox.nextUid()) ? first
                : Long.MAX_VALUE;
    }

    private static List<Long> matching(List<StoredMessage> candidates, ImapSearch search) {
        return candidates.stream().filter(search::matches).map(StoredMessage::uid).toList();
    }

    @Override
    public List<SortFields> sortFields(String identity, long mailboxId, List<Long> uids) throws StoreException {
        Mailbox mailbox = byId(account(identity), mailboxId);
        List<SortFields> fields = new ArrayList<>();
        try {
            List<StoredMessage> found = messages.byUids(mailbox, uids);
            Map<Long, PreparedFetch> prepared = structures.prepared(found);
            for (StoredMessage message : found) {
                // Every field SORT and THREAD need is in the header.
                byte[] header = prepared.get(message.id()).header();
                fields.add(SortFieldsReader.read(message, header != null ? header : read(message)));
            }
        } catch (IOException e) {
            throw new StoreException(Code.UNAVAILABLE, "Messages cannot be read now");
        }
        return fields;
    }

    @Override
    public Quota quota(String identity) {
        Account account = account(identity);
        Long quota = account.effectiveQuotaBytes();
        return new Quota(Quotas.used(mailboxes, account), quota == null ? -1 : quota);
    }

    private byte[] read(StoredMessage message) throws IOException {
        return structures.read(message);
    }

    /** A client subscribes to what it creates itself if it wants to (RFC 9051 section 6.3.4). */
    private static Mailbox unsubscribed(Mailbox mailbox) {
        mailbox.subscribe(false);
        return mailbox;
    }

    private static Set<String> next(Set<String> current, StoreMode mode, Set<String> flags) {
        Set<String> next = new HashSet<>(current);
        switch (mode) {
            case REPLACE -> {
                next.clear();
                next.addAll(flags);
            }
            case ADD -> next.addAll(flags);
            case REMOVE -> next.removeIf(f -> flags.stream().anyMatch(g -> g.equalsIgnoreCase(f)));
        }
        next.remove("\\Recent");
        return next;
    }

    private static MessageState state(StoredMessage message) {
        return new MessageState(message.uid(), message.modseq(), message.flagNames(), message.internalDate(),
                message.size());
    }

    private void checkQuota(Account account, long incoming) throws StoreException {
        Optional<String> full = Quotas.exceeded(mailboxes, AccountFacts.of(account), incoming);
        if (full.isPresent()) {
            throw new StoreException(Code.OVERQUOTA, "Quota exceeded: " + full.get());
        }
    }

    private static void checkName(String name) throws StoreException {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.startsWith("/") || name.contains("//")
                || name.endsWith("/")) {
            throw new StoreException(Code.CANNOT, "Invalid mailbox name");
        }
        if (name.toUpperCase(Locale.ROOT).startsWith("INBOX/") && !name.startsWith("INBOX/")) {
            throw new StoreException(Code.CANNOT, "Write INBOX in capitals for its children");
        }
    }

    private Account account(String identity) {
        return accounts.byAddress(identity)
                .orElseThrow(() -> new IllegalStateException("the logged-in account " + identity + " is gone"));
    }

    private Mailbox byName(Account account, String name) throws StoreException {
        return byNameOr(account, name, Code.NONEXISTENT);
    }

    private Mailbox byNameOr(Account account, String name, Code code) throws StoreException {
        return mailboxes.byName(account, name).orElseThrow(() -> new StoreException(code, "No such mailbox"));
    }

    private Mailbox byId(Account account, long id) throws StoreException {
        return mailboxes.byId(account, id).orElseThrow(() -> new StoreException(Code.NONEXISTENT,
                "The mailbox was deleted"));
    }

    private Mailbox lockById(Account account, long id) throws StoreException {
        return mailboxes.lockById(account, id).orElseThrow(() -> new StoreException(Code.NONEXISTENT,
                "The mailbox was deleted"));
    }
}
