package org.flutemail.protocol.imap.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.command.SearchKey;
import org.flutemail.protocol.imap.message.Address;
import org.flutemail.protocol.imap.message.AddressListParser;
import org.flutemail.protocol.imap.message.HeaderBlock;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.StoreException;

/**
 * The store contract in memory, for the session's tests: one account, mailboxes with UIDs and
 * mod-sequences, expunges remembered so other sessions can learn of them. Shared by several sessions
 * to test how they see each other.
 */
final class InMemoryImapStore implements ImapStore {

    static final String USER = "alice@example.test";
    static final String PASSWORD = "secret";

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private long nextMailboxId = 1;
    private long modSeq = 1;
    int failedLogins;
    /** The account's storage limit in octets; negative for none. */
    long quotaLimit = 10 * 1024;
    private int contentReads;
    private PreparedFetch preparedOverride;

    InMemoryImapStore() {
        boxes.put("INBOX", new Box(nextMailboxId++, null));
        boxes.put("Sent", new Box(nextMailboxId++, "\\Sent"));
        boxes.put("Trash", new Box(nextMailboxId++, "\\Trash"));
    }

    private static final class Message {
        final long uid;
        long modSeq;
        Set<String> flags;
        final Instant date;
        final byte[] content;

        Message(long uid, long modSeq, Set<String> flags, Instant date, byte[] content) {
            this.uid = uid;
            this.modSeq = modSeq;
            this.flags = new HashSet<>(flags);
            this.date = date;
            this.content = content;
        }

        MessageState state() {
            return new MessageState(uid, modSeq, flags, date, content.length);
        }
    }

    private static final class Box {
        final long id;
        final String specialUse;
        final long uidValidity;
        long uidNext = 1;
        long firstRecentUid = 1;
        boolean subscribed = true;
        final TreeMap<Long, Message> messages = new TreeMap<>();
        final Map<Long, Long> expunged = new LinkedHashMap<>();

        Box(long id, String specialUse) {
            this.id = id;
            this.specialUse = specialUse;
            this.uidValidity = 1000 + id;
        }
    }

    /** Delivers a message as if from outside the session. */
    synchronized long deliver(String mailbox, String content, String... flags) {
        try {
            return append(USER, mailbox, List.of(new NewMessage(Set.of(flags), Instant.parse("2026-11-30T08:00:00Z"),
                    content.getBytes(StandardCharsets.UTF_8)))).get(0).uid();
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized int size(String mailbox) {
        return boxes.get(mailbox).messages.size();
    }

    synchronized Set<String> flags(String mailbox, long uid) {
        return Set.copyOf(boxes.get(mailbox).messages.get(uid).flags);
    }

    @Override
    public synchronized LoginResult login(String user, String password, String clientAddress) {
        if (failedLogins >= 4) {
            return new LoginResult(LoginOutcome.THROTTLED, null);
        }
        if (USER.equals(user) && PASSWORD.equals(password)) {
            return new LoginResult(LoginOutcome.SUCCESS, USER);
        }
        failedLogins++;
        return new LoginResult(LoginOutcome.FAILURE, null);
    }

    @Override
    public synchronized List<MailboxEntry> mailboxes(String identity) {
        return boxes.entrySet().stream()
                .map(e -> new MailboxEntry(e.getKey(), e.getValue().specialUse, e.getValue().subscribed)).toList();
    }

    @Override
    public synchronized MailboxSnapshot open(String identity, String mailbox, boolean claimRecent)
            throws StoreException {
        Box box = box(mailbox);
        long firstRecent = box.firstRecentUid;
        if (claimRecent) {
            box.firstRecentUid = box.uidNext;
        }
        return new MailboxSnapshot(box.id, box.uidValidity, box.uidNext, modSeq,
                box.messages.values().stream().map(Message::state).toList(), Set.of(), firstRecent);
    }

    @Override
    public synchronized MailboxChanges changes(String identity, long mailboxId, long sinceModSeq,
            boolean claimRecent) throws StoreException {
        Box box = byId(mailboxId);
        long firstRecent = Long.MAX_VALUE;
        if (claimRecent && box.firstRecentUid < box.uidNext) {
            firstRecent = box.firstRecentUid;
            box.firstRecentUid = box.uidNext;
        }
        List<MessageState> changed = box.messages.values().stream().filter(m -> m.modSeq > sinceModSeq)
                .map(Message::state).toList();
        List<Long> gone = box.expunged.entrySet().stream().filter(e -> e.getValue() > sinceModSeq)
                .map(Map.Entry::getKey).sorted().toList();
        return new MailboxChanges(modSeq, box.uidNext, changed, gone, firstRecent);
    }

    @Override
    public synchronized byte[] content(String identity, long mailboxId, long uid) throws StoreException {
        Message message = byId(mailboxId).messages.get(uid);
        if (message != null) {
            contentReads++;
        }
        return message == null ? null : message.content;
    }

    @Override
    public synchronized Map<Long, PreparedFetch> prepared(String identity, long mailboxId, List<Long> uids)
            throws StoreException {
        Box box = byId(mailboxId);
        Map<Long, PreparedFetch> prepared = new HashMap<>();
        for (long uid : uids) {
            Message message = box.messages.get(uid);
            if (message != null) {
                prepared.put(uid, preparedOverride != null ? preparedOverride : FetchPreparation.prepare(message.content));
            }
        }
        return prepared;
    }

    /** How many times a message's octets were read through {@link #content}. */
    synchronized int contentReads() {
        return contentReads;
    }

    /** What {@link #prepared} answers for every message from now on, as if stored so; null: computed. */
    synchronized void prepareAs(PreparedFetch prepared) {
        preparedOverride = prepared;
    }

    @Override
    public synchronized FlagChanges storeFlags(String identity, long mailboxId, List<Long> uids, StoreMode mode,
            Set<String> flags, long unchangedSince) throws StoreException {
        Box box = byId(mailboxId);
        List<MessageState> updated = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        for (long uid : uids) {
            Message message = box.messages.get(uid);
            if (message == null) {
                continue;
            }
            if (unchangedSince >= 0 && message.modSeq > unchangedSince) {
                failed.add(uid);
                continue;
            }
            Set<String> next = new HashSet<>(message.flags);
            switch (mode) {
                case REPLACE -> next = new HashSet<>(flags);
                case ADD -> next.addAll(flags);
                case REMOVE -> next.removeAll(flags);
            }
            if (!next.equals(message.flags)) {
                message.flags = next;
                message.modSeq = ++modSeq;
            }
            updated.add(message.state());
        }
        return new FlagChanges(updated, failed);
    }

    @Override
    public synchronized List<Long> expunge(String identity, long mailboxId, List<Long> uids) throws StoreException {
        Box box = byId(mailboxId);
        List<Long> removed = new ArrayList<>();
        for (long uid : uids) {
            Message message = box.messages.get(uid);
            if (message != null && message.flags.contains("\\Deleted")) {
                box.messages.remove(uid);
                box.expunged.put(uid, ++modSeq);
                removed.add(uid);
            }
        }
        return removed;
    }

    @Override
    public synchronized List<Appended> append(String identity, String mailbox, List<NewMessage> messages)
            throws StoreException {
        Box box = boxes.get(mailbox);
        if (box == null) {
            throw new StoreException(StoreException.Code.TRYCREATE, "No such mailbox");
        }
        List<Appended> appended = new ArrayList<>();
        for (NewMessage message : messages) {
            long uid = box.uidNext++;
            box.messages.put(uid, new Message(uid, ++modSeq, message.flags(), message.internalDate(),
                    message.content()));
            appended.add(new Appended(box.uidValidity, uid));
        }
        return appended;
    }

    @Override
    public synchronized Copied copy(String identity, long mailboxId, List<Long> uids, String target, boolean move)
            throws StoreException {
        Box source = byId(mailboxId);
        Box destination = boxes.get(target);
        if (destination == null) {
            throw new StoreException(StoreException.Code.TRYCREATE, "No such mailbox");
        }
        List<Long> from = new ArrayList<>();
        List<Long> to = new ArrayList<>();
        for (long uid : uids) {
            Message message = source.messages.get(uid);
            if (message == null) {
                continue;
            }
            long copy = destination.uidNext++;
            destination.messages.put(copy, new Message(copy, ++modSeq, message.flags, message.date, message.content));
            from.add(uid);
            to.add(copy);
            if (move) {
                source.messages.remove(uid);
                source.expunged.put(uid, ++modSeq);
            }
        }
        return new Copied(destination.uidValidity, from, to);
    }

    @Override
    public synchronized void create(String identity, String mailbox, List<String> specialUse) throws StoreException {
        if (boxes.containsKey(mailbox)) {
            throw new StoreException(StoreException.Code.ALREADYEXISTS, "Mailbox already exists");
        }
        boxes.put(mailbox, new Box(nextMailboxId++, specialUse.isEmpty() ? null : specialUse.get(0)));
    }

    @Override
    public synchronized void delete(String identity, String mailbox) throws StoreException {
        box(mailbox);
        if (boxes.keySet().stream().anyMatch(name -> name.startsWith(mailbox + ImapStore.DELIMITER))) {
            throw new StoreException(StoreException.Code.HASCHILDREN, "Mailbox has children; delete them first");
        }
        boxes.remove(mailbox);
    }

    @Override
    public synchronized void rename(String identity, String from, String to) throws StoreException {
        Box box = box(from);
        if (boxes.containsKey(to)) {
            throw new StoreException(StoreException.Code.ALREADYEXISTS, "Mailbox already exists");
        }
        boxes.remove(from);
        boxes.put(to, box);
    }

    @Override
    public synchronized void subscribe(String identity, String mailbox, boolean subscribed) throws StoreException {
        box(mailbox).subscribed = subscribed;
    }

    @Override
    public synchronized MailboxStatus status(String identity, String mailbox) throws StoreException {
        Box box = box(mailbox);
        long unseen = box.messages.values().stream().filter(m -> !m.flags.contains("\\Seen")).count();
        long deleted = box.messages.values().stream().filter(m -> m.flags.contains("\\Deleted")).count();
        long size = box.messages.values().stream().mapToLong(m -> m.content.length).sum();
        long recent = box.messages.keySet().stream().filter(uid -> uid >= box.firstRecentUid).count();
        return new MailboxStatus(box.messages.size(), recent, box.uidNext, box.uidValidity, unseen, deleted, size,
                modSeq);
    }

    @Override
    public synchronized List<Long> search(String identity, long mailboxId, SearchKey key, String charset)
            throws StoreException {
        return byId(mailboxId).messages.values().stream().filter(m -> matches(m, key)).map(m -> m.uid).toList();
    }

    /** Enough of a header reader for the tests: no encoded words, dates left to the internal date. */
    @Override
    public synchronized List<SortFields> sortFields(String identity, long mailboxId, List<Long> uids)
            throws StoreException {
        Box box = byId(mailboxId);
        List<SortFields> fields = new ArrayList<>();
        for (long uid : uids) {
            Message message = box.messages.get(uid);
            if (message == null) {
                continue;
            }
            HeaderBlock header = MimePart.parse(message.content).header();
            Address from = AddressListParser.parse(header.value("From")).stream().findFirst().orElse(null);
            String references = header.value("References");
            fields.add(new SortFields(uid, message.date, null, message.content.length,
                    from == null ? null : from.mailbox(), null, null, from == null ? null : from.name(), null,
                    header.value("Subject"), header.value("Message-ID"),
                    references == null ? List.of() : List.of(references.split("\\s+")), header.value("In-Reply-To")));
        }
        return fields;
    }

    @Override
    public synchronized Quota quota(String identity) {
        long used = boxes.values().stream().flatMap(b -> b.messages.values().stream())
                .mapToLong(m -> m.content.length).sum();
        return new Quota(used, quotaLimit);
    }

    private static boolean matches(Message message, SearchKey key) {
        if (key instanceof SearchKey.All) {
            return true;
        }
        if (key instanceof SearchKey.Flag flag) {
            return message.flags.contains(flag.flag()) == flag.set();
        }
        if (key instanceof SearchKey.Sequence sequence) {
            return sequence.set().ranges().stream().anyMatch(r -> r.low() <= message.uid && message.uid <= r.high());
        }
        if (key instanceof SearchKey.Text text) {
            return new String(message.content, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                    .contains(text.value().toLowerCase(Locale.ROOT));
        }
        if (key instanceof SearchKey.Header header) {
            String value = MimePart.parse(message.content).header().value(header.name());
            return value != null && value.toLowerCase(Locale.ROOT).contains(header.value().toLowerCase(Locale.ROOT));
        }
        if (key instanceof SearchKey.Size size) {
            return size.larger() ? message.content.length > size.octets() : message.content.length < size.octets();
        }
        if (key instanceof SearchKey.ModSeq modSeq) {
            return message.modSeq >= modSeq.modSeq();
        }
        if (key instanceof SearchKey.Date date) {
            // Sent dates are not read here; the tests' messages are dated by their internal date.
            java.time.LocalDate day = message.date.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            return switch (date.comparison()) {
                case BEFORE -> day.isBefore(date.date());
                case ON -> day.isEqual(date.date());
                case SINCE -> !day.isBefore(date.date());
            };
        }
        if (key instanceof SearchKey.Within within) {
            Instant limit = Instant.now().minusSeconds(within.seconds());
            return within.older() ? message.date.isBefore(limit) : !message.date.isBefore(limit);
        }
        if (key instanceof SearchKey.Not not) {
            return !matches(message, not.key());
        }
        if (key instanceof SearchKey.Or or) {
            return matches(message, or.left()) || matches(message, or.right());
        }
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().allMatch(k -> matches(message, k));
        }
        throw new IllegalArgumentException("unknown search key " + key);
    }

    private Box box(String mailbox) throws StoreException {
        Box box = boxes.get(mailbox);
        if (box == null) {
            throw new StoreException(StoreException.Code.NONEXISTENT, "No such mailbox");
        }
        return box;
    }

    private Box byId(long id) throws StoreException {
        for (Box box : boxes.values()) {
            if (box.id == id) {
                return box;
            }
        }
        throw new StoreException(StoreException.Code.NONEXISTENT, "Mailbox was deleted");
    }
}
