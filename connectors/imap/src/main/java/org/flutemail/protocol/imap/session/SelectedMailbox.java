package org.flutemail.protocol.imap.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flutemail.protocol.imap.command.SequenceSet;
import org.flutemail.protocol.imap.store.ImapStore.MailboxChanges;
import org.flutemail.protocol.imap.store.ImapStore.MailboxSnapshot;
import org.flutemail.protocol.imap.store.ImapStore.MessageState;

/**
 * The selected mailbox as this session's client knows it: the message sequence numbers it has been
 * told, each message's flags as last announced, and what happened since that it has not been told yet.
 *
 * <p>Sequence numbers are the reason this exists. They shift on every expunge, so a client may only
 * learn of one at the points RFC 9051 section 7.5.1 allows (never during FETCH, STORE or SEARCH by
 * sequence number, which would make the numbers in its own command mean other messages). Expunges
 * the store reports at other times wait here, the message still counted and its number still valid,
 * until the session reaches such a point.
 */
final class SelectedMailbox {

    private final long mailboxId;
    private final String name;
    private final long uidValidity;
    private final boolean readOnly;
    private final Set<String> keywords;
    private long[] uids;
    private int count;
    private final Map<Long, MessageState> states = new HashMap<>();
    private final TreeSet<Long> pendingExpunges = new TreeSet<>();
    private long highestModSeq;
    private long uidNext;
    /** This session's \Recent messages (RFC 3501 section 2.3.2); never stored, never shared. */
    private final Set<Long> recent = new java.util.HashSet<>();
    /** The UIDs of the last SEARCH RETURN (SAVE) (RFC 5182), what {@code $} stands for. */
    private List<Long> saved = List.of();

    SelectedMailbox(String name, MailboxSnapshot snapshot, boolean readOnly) {
        this.name = name;
        this.mailboxId = snapshot.mailboxId();
        this.uidValidity = snapshot.uidValidity();
        this.readOnly = readOnly;
        this.keywords = new TreeSet<>(snapshot.keywords());
        this.uids = new long[Math.max(16, snapshot.messages().size())];
        for (MessageState state : snapshot.messages()) {
            uids[count++] = state.uid();
            states.put(state.uid(), state);
            if (state.uid() >= snapshot.firstRecentUid()) {
                recent.add(state.uid());
            }
        }
        this.highestModSeq = snapshot.highestModSeq();
        this.uidNext = snapshot.uidNext();
    }

    /** Something the client must be told, in the order it must hear it. */
    sealed interface Event {
    }

    record Expunged(int sequence, long uid) implements Event {
    }

    /** New messages: {@code recent} is how many of all are recent in this session now. */
    record Exists(int count, int recent) implements Event {
    }

    record FlagsChanged(int sequence, MessageState state) implements Event {
    }

    long mailboxId() {
        return mailboxId;
    }

    String name() {
        return name;
    }

    long uidValidity() {
        return uidValidity;
    }

    boolean readOnly() {
        return readOnly;
    }

    Set<String> keywords() {
        return keywords;
    }

    long highestModSeq() {
        return highestModSeq;
    }

    long uidNext() {
        return uidNext;
    }

    int count() {
        return count;
    }

    long uidAt(int sequence) {
        return uids[sequence - 1];
    }

    /** The sequence number of {@code uid}, or 0 when the client does not know that message. */
    int sequenceOf(long uid) {
        int index = Arrays.binarySearch(uids, 0, count, uid);
        return index >= 0 ? index + 1 : 0;
    }

    MessageState state(long uid) {
        return states.get(uid);
    }

    boolean isRecent(long uid) {
        return recent.contains(uid);
    }

    int recentCount() {
        return recent.size();
    }

    /** This session's recent messages that the client knows, ascending. */
    List<Long> recentUids() {
        return recent.stream().filter(states::containsKey).sorted().toList();
    }

    boolean isExpunged(long uid) {
        return pendingExpunges.contains(uid);
    }

    /** Every UID the client knows, ascending. */
    List<Long> uids() {
        List<Long> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(uids[i]);
        }
        return all;
    }

    /** The highest UID the client knows, 0 when the mailbox is empty to it. */
    long lastUid() {
        return count == 0 ? 0 : uids[count - 1];
    }

    /**
     * The UIDs a set names, ascending, among the messages the client knows. {@code *} is the last
     * message (RFC 9051 section 9, seq-number); a UID range beyond every message still names the last
     * one when it contains {@code *}, as {@code UID FETCH 9999:*} must answer for the newest message.
     */
    List<Long> resolve(SequenceSet set, boolean byUid) {
        if (set.savedResult()) {
            return saved.stream().filter(states::containsKey).toList();
        }
        List<Long> found = new ArrayList<>();
        if (count == 0) {
            return found;
        }
        TreeSet<Long> chosen = new TreeSet<>();
        for (SequenceSet.Range range : set.ranges()) {
            if (byUid) {
                long low = range.low() == SequenceSet.STAR ? lastUid() : range.low();
                long high = range.high() == SequenceSet.STAR ? lastUid() : range.high();
                long from = Math.min(low, high);
                long to = Math.max(low, high);
                int start = Arrays.binarySearch(uids, 0, count, from);
                int index = start >= 0 ? start : -start - 1;
                for (; index < count && uids[index] <= to; index++) {
                    chosen.add(uids[index]);
                }
            } else {
                long low = range.low() == SequenceSet.STAR ? count : range.low();
                long high = range.high() == SequenceSet.STAR ? count : range.high();
                // 1000 names nothing in a mailbox of 6; 1000:* names message 6, as *:1000 would.
                for (long sequence = Math.min(low, high); sequence <= Math.min(Math.max(low, high), count);
                        sequence++) {
                    chosen.add(uids[(int) sequence - 1]);
                }
            }
        }
        found.addAll(chosen);
        return found;
    }

    void save(List<Long> uids) {
        saved = List.copyOf(uids);
    }

    /** Whether every number of a sequence-number set exists (else the command is BAD, RFC 9051 section 6.4.5). */
    boolean coversSequences(SequenceSet set) {
        if (set.savedResult()) {
            return true;
        }
        for (SequenceSet.Range range : set.ranges()) {
            if (range.high() != SequenceSet.STAR && range.high() > count) {
                return false;
            }
            if (range.low() != SequenceSet.STAR && count == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes in what the store reports and returns what to tell the client now. With
     * {@code expungesAllowed} false, expunges are kept for later and only new messages and flag changes
     * are announced.
     */
    List<Event> apply(MailboxChanges changes, boolean expungesAllowed) {
        for (Long uid : changes.expunged()) {
            if (states.containsKey(uid)) {
                pendingExpunges.add(uid);
            }
        }
        List<Event> events = new ArrayList<>();
        if (expungesAllowed) {
            events.addAll(flushExpunges());
        }
        int before = count;
        List<MessageState> flagChanges = new ArrayList<>();
        for (MessageState state : changes.changed()) {
            MessageState known = states.get(state.uid());
            if (known != null) {
                if (!pendingExpunges.contains(state.uid()) && state.modSeq() > known.modSeq()) {
                    states.put(state.uid(), state);
                    if (!known.flags().equals(state.flags())) {
                        flagChanges.add(state);
                    }
                }
            } else if (state.uid() > lastUid() && !changes.expunged().contains(state.uid())) {
                add(state);
                if (state.uid() >= changes.firstRecentUid()) {
                    recent.add(state.uid());
                }
            }
        }
        if (count != before) {
            events.add(new Exists(count, recent.size()));
        }
        for (MessageState state : flagChanges) {
            keywords.addAll(keywordsOf(state));
            events.add(new FlagsChanged(sequenceOf(state.uid()), state));
        }
        highestModSeq = Math.max(highestModSeq, changes.highestModSeq());
        uidNext = Math.max(uidNext, changes.uidNext());
        return events;
    }

    /** Removes the messages this session itself expunged, returning the EXPUNGE responses they need. */
    List<Event> expunged(List<Long> removed) {
        pendingExpunges.addAll(removed.stream().filter(states::containsKey).toList());
        return flushExpunges();
    }

    /**
     * Records flags this session itself stored, returning whether the client's view changed. The
     * mailbox's known mod-sequence stays: changes by others below the new one (an expunge, say) are
     * still to be asked for.
     */
    boolean updated(MessageState state) {
        MessageState known = states.get(state.uid());
        if (known == null) {
            return false;
        }
        states.put(state.uid(), state);
        keywords.addAll(keywordsOf(state));
        return !known.flags().equals(state.flags());
    }

    private List<Event> flushExpunges() {
        List<Event> events = new ArrayList<>();
        // Each number is taken after the previous removal, which is how the client replays them.
        for (Long uid : pendingExpunges) {
            int sequence = sequenceOf(uid);
            if (sequence == 0) {
                continue;
            }
            System.arraycopy(uids, sequence, uids, sequence - 1, count - sequence);
            count--;
            states.remove(uid);
            recent.remove(uid);
            events.add(new Expunged(sequence, uid));
        }
        pendingExpunges.clear();
        return events;
    }

    private void add(MessageState state) {
        if (count == uids.length) {
            uids = Arrays.copyOf(uids, uids.length * 2);
        }
        uids[count++] = state.uid();
        states.put(state.uid(), state);
        keywords.addAll(keywordsOf(state));
    }

    private static List<String> keywordsOf(MessageState state) {
        return state.flags().stream().filter(flag -> !flag.startsWith("\\")).toList();
    }
}
