package org.flutemail.protocol.imap.session;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flutemail.protocol.imap.command.FetchAttribute;
import org.flutemail.protocol.imap.command.ImapCommand;
import org.flutemail.protocol.imap.command.SequenceSet;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.flutemail.protocol.imap.response.Status;
import org.flutemail.protocol.imap.store.ImapStore.Appended;
import org.flutemail.protocol.imap.store.ImapStore.Copied;
import org.flutemail.protocol.imap.store.ImapStore.FlagChanges;
import org.flutemail.protocol.imap.store.ImapStore.MessageState;
import org.flutemail.protocol.imap.store.ImapStore.NewMessage;
import org.flutemail.protocol.imap.store.ImapStore.PreparedFetch;
import org.flutemail.protocol.imap.store.ImapStore.SortFields;
import org.flutemail.protocol.imap.store.StoreException;

/** The commands on messages: FETCH, STORE, SEARCH, COPY, MOVE, EXPUNGE and APPEND. */
final class MessageCommands {

    /** UIDs per call for prepared FETCH values: bounds the memory one call holds. */
    private static final int PREPARED_BATCH = 500;

    private final SessionContext context;
    private final FetchResponder fetchResponder;
    private final SelectionCommands selection;

    MessageCommands(SessionContext context, SelectionCommands selection) {
        this.context = context;
        this.selection = selection;
        this.fetchResponder = new FetchResponder(context);
    }

    void fetch(String tag, ImapCommand.Fetch command) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        List<Long> uids = resolve(tag, command.set(), command.uid());
        if (uids == null) {
            return;
        }
        String unsupported = FetchResponder.unsupported(command.attributes());
        if (unsupported != null) {
            throw new StoreException(StoreException.Code.CANNOT, unsupported + " is not available yet");
        }
        boolean markSeen = FetchResponder.setsSeen(command.attributes()) && !mailbox.readOnly();
        Set<Long> nowSeen = new LinkedHashSet<>();
        if (markSeen) {
            List<Long> unseen = uids.stream().filter(uid -> !mailbox.state(uid).flags().contains("\\Seen")).toList();
            if (!unseen.isEmpty()) {
                FlagChanges changes = context.store().storeFlags(context.identity(), mailbox.mailboxId(), unseen,
                        ImapCommand.StoreMode.ADD, Set.of("\\Seen"), -1);
                for (MessageState state : changes.updated()) {
                    mailbox.updated(state);
                    nowSeen.add(state.uid());
                }
            }
        }
        if (command.changedSince() >= 0 || command.attributes().contains(new FetchAttribute.Item("MODSEQ"))) {
            selection.enableCondStoreInSelected();
        }
        if (command.vanished()) {
            if (!context.qresync()) {
                context.out().tagged(tag, Status.BAD, null, "VANISHED needs ENABLE QRESYNC");
                return;
            }
            // RFC 7162 section 3.2.6: the UIDs of the set expunged since CHANGEDSINCE, before the FETCHes.
            List<Long> gone = context.store().changes(context.identity(), mailbox.mailboxId(), command.changedSince(),
                    false).expunged().stream().filter(uid -> SelectionCommands.contains(
                            withStarAsLast(command.set(), mailbox), uid)).toList();
            if (!gone.isEmpty()) {
                context.out().untagged().atom("VANISHED").openList().atom("EARLIER").closeList()
                        .atom(UidSets.format(gone)).end();
            }
        }
        if (command.changedSince() >= 0) {
            // CONDSTORE's CHANGEDSINCE (RFC 7162 section 3.1.4.1): only messages changed since, with MODSEQ.
            uids = uids.stream().filter(uid -> mailbox.state(uid).modSeq() > command.changedSince()).toList();
        }
        List<FetchAttribute> attributes = withModSeq(command.attributes(), command.changedSince() >= 0);
        boolean needsContent = FetchResponder.needsContent(attributes);
        boolean fromPrepared = needsContent && FetchResponder.preparedSuffices(attributes);
        boolean expungedSeen = false;
        for (int from = 0; from < uids.size(); from += PREPARED_BATCH) {
            List<Long> batch = uids.subList(from, Math.min(uids.size(), from + PREPARED_BATCH));
            // One call for the batch's prepared values instead of reading each message.
            Map<Long, PreparedFetch> prepared = fromPrepared
                    ? context.store().prepared(context.identity(), mailbox.mailboxId(), batch) : Map.of();
            for (long uid : batch) {
                PreparedFetch values = prepared.get(uid);
                if (fromPrepared && values == null) {
                    expungedSeen = true;
                    continue;
                }
                byte[] content = null;
                if (needsContent && (values == null || !fetchResponder.canAnswer(values, attributes))) {
                    values = null;
                    content = context.store().content(context.identity(), mailbox.mailboxId(), uid);
                    if (content == null) {
                        expungedSeen = true;
                        continue;
                    }
                }
                fetchResponder.write(mailbox.sequenceOf(uid), mailbox.state(uid), attributes, command.uid(),
                        nowSeen.contains(uid), content, values);
            }
        }
        selection.announceNews(command.uid());
        if (expungedSeen) {
            // RFC 9051 section 6.4.5 lets the server answer NO when some messages are gone.
            context.out().tagged(tag, Status.NO, "EXPUNGEISSUED", "Some messages were expunged meanwhile");
        } else {
            context.out().tagged(tag, Status.OK, null, (command.uid() ? "UID " : "") + "FETCH completed");
        }
    }

    void store(String tag, ImapCommand.Store command) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        if (mailbox.readOnly()) {
            throw new StoreException(StoreException.Code.CANNOT, "The mailbox is read-only (EXAMINE)");
        }
        List<Long> uids = resolve(tag, command.set(), command.uid());
        if (uids == null) {
            return;
        }
        if (command.unchangedSince() >= 0) {
            selection.enableCondStoreInSelected();
        }
        FlagChanges changes = uids.isEmpty() ? new FlagChanges(List.of(), List.of())
                : context.store().storeFlags(context.identity(), mailbox.mailboxId(), uids, command.mode(),
                        Set.copyOf(command.flags()), command.unchangedSince());
        for (MessageState state : changes.updated()) {
            mailbox.updated(state);
            // With UNCHANGEDSINCE the client needs the new MODSEQ even when it asked for silence (RFC 7162 3.1.3).
            if (!command.silent() || command.unchangedSince() >= 0) {
                selection.flagsResponse(mailbox.sequenceOf(state.uid()), state, command.uid());
            }
        }
        selection.announceNews(command.uid());
        if (!changes.failed().isEmpty()) {
            context.out().tagged(tag, Status.OK, "MODIFIED " + numbers(changes.failed(), command.uid(), mailbox),
                    "Conditional STORE failed for some messages");
        } else {
            context.out().tagged(tag, Status.OK, null, (command.uid() ? "UID " : "") + "STORE completed");
        }
    }

    void search(String tag, ImapCommand.Search command) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        List<Long> found = context.store().search(context.identity(), mailbox.mailboxId(),
                SearchTranslator.toUids(command.key(), mailbox), command.charset());
        List<Long> known = found.stream().filter(uid -> mailbox.sequenceOf(uid) > 0).toList();
        Set<String> options = command.returnOptions();
        if (options == null && context.revision().searchAnswersEsearch()) {
            options = Set.of();
        }
        if (options != null && options.contains("SAVE")) {
            mailbox.save(known);
        }
        // RFC 7162 section 3.1.5: a search by MODSEQ also tells the highest mod-sequence of what it found.
        long highest = !SearchTranslator.usesModSeq(command.key()) || known.isEmpty() ? -1
                : known.stream().mapToLong(uid -> mailbox.state(uid).modSeq()).max().orElse(-1);
        if (highest >= 0) {
            selection.enableCondStoreInSelected();
        }
        if (options == null) {
            ResponseWriter out = context.out().untagged().atom("SEARCH");
            for (long uid : known) {
                out.number(command.uid() ? uid : mailbox.sequenceOf(uid));
            }
            if (highest >= 0) {
                out.openList().atom("MODSEQ").number(highest).closeList();
            }
            out.end();
        } else if (!options.equals(Set.of("SAVE"))) {
            // RFC 5182 section 2.1: RETURN (SAVE) alone answers no ESEARCH.
            Set<String> shown = new java.util.HashSet<>(options);
            shown.remove("SAVE");
            // With MIN or MAX alone the MODSEQ is that message's own (RFC 7162 section 3.1.5).
            if (highest >= 0 && shown.equals(Set.of("MIN"))) {
                highest = mailbox.state(known.get(0)).modSeq();
            } else if (highest >= 0 && shown.equals(Set.of("MAX"))) {
                highest = mailbox.state(known.get(known.size() - 1)).modSeq();
            }
            new SearchResults(known, command.uid(), mailbox).writeEsearch(context.out().untagged(), tag, shown,
                    highest);
        }
        selection.announceNews(command.uid());
        context.out().tagged(tag, Status.OK, null, (command.uid() ? "UID " : "") + "SEARCH completed");
    }

    /** SORT (RFC 5256): the matching messages in the asked order. */
    void sort(String tag, ImapCommand.Sort command) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        List<SortFields> sorted = Sorting.sort(fieldsOfMatches(mailbox, command.key(), command.charset()),
                command.criteria());
        ResponseWriter out = context.out().untagged().atom("SORT");
        sorted.forEach(m -> out.number(command.uid() ? m.uid() : mailbox.sequenceOf(m.uid())));
        out.end();
        selection.announceNews(command.uid());
        context.out().tagged(tag, Status.OK, null, (command.uid() ? "UID " : "") + "SORT completed");
    }

    /** THREAD (RFC 5256): ORDEREDSUBJECT or REFERENCES. */
    void thread(String tag, ImapCommand.Thread command) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        String algorithm = command.algorithm().toUpperCase(java.util.Locale.ROOT);
        if (!algorithm.equals("ORDEREDSUBJECT") && !algorithm.equals("REFERENCES")) {
            context.out().tagged(tag, Status.BAD, null, "Unknown threading algorithm " + command.algorithm());
            return;
        }
        List<SortFields> matches = fieldsOfMatches(mailbox, command.key(), command.charset());
        Threading threading = new Threading(m -> command.uid() ? m.uid() : mailbox.sequenceOf(m.uid()));
        String threads = algorithm.equals("REFERENCES") ? threading.references(matches)
                : threading.orderedSubject(matches);
        ResponseWriter out = context.out().untagged().atom("THREAD");
        if (!threads.isEmpty()) {
            out.itemName(threads);
        }
        out.end();
        selection.announceNews(command.uid());
        context.out().tagged(tag, Status.OK, null, (command.uid() ? "UID " : "") + "THREAD completed");
    }

    private List<SortFields> fieldsOfMatches(SelectedMailbox mailbox, org.flutemail.protocol.imap.command.SearchKey key,
            String charset) throws StoreException {
        List<Long> found = context.store().search(context.identity(), mailbox.mailboxId(),
                SearchTranslator.toUids(key, mailbox), charset).stream().filter(uid -> mailbox.sequenceOf(uid) > 0)
                .toList();
        return found.isEmpty() ? List.of() : context.store().sortFields(context.identity(), mailbox.mailboxId(), found);
    }

    void transfer(String tag, ImapCommand.Transfer command) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        String verb = (command.uid() ? "UID " : "") + (command.move() ? "MOVE" : "COPY");
        List<Long> uids = resolve(tag, command.set(), command.uid());
        if (uids == null) {
            return;
        }
        if (command.move() && mailbox.readOnly()) {
            throw new StoreException(StoreException.Code.CANNOT, "The mailbox is read-only (EXAMINE)");
        }
        if (uids.isEmpty()) {
            context.out().tagged(tag, Status.OK, null, verb + " completed: no messages");
            return;
        }
        Copied copied = context.store().copy(context.identity(), mailbox.mailboxId(), uids, command.mailbox(),
                command.move());
        String copyUid = "COPYUID " + copied.uidValidity() + " " + UidSets.format(copied.sourceUids()) + " "
                + UidSets.format(copied.targetUids());
        if (command.move()) {
            // RFC 6851 section 4.3: COPYUID comes untagged before the EXPUNGEs.
            context.out().untaggedStatus(Status.OK, copyUid, "Moved");
            selection.announce(mailbox.expunged(copied.sourceUids()));
            selection.announceChanges(true);
            context.out().tagged(tag, Status.OK, null, verb + " completed");
        } else {
            selection.announceChanges(command.uid());
            context.out().tagged(tag, Status.OK, copyUid, verb + " completed");
        }
    }

    /** EXPUNGE (set null) or UID EXPUNGE set (UIDPLUS): removes the messages marked \Deleted. */
    void expunge(String tag, SequenceSet set) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        if (mailbox.readOnly()) {
            throw new StoreException(StoreException.Code.CANNOT, "The mailbox is read-only (EXAMINE)");
        }
        List<Long> candidates = (set == null ? mailbox.uids() : mailbox.resolve(set, true)).stream()
                .filter(uid -> mailbox.state(uid).flags().contains("\\Deleted")).toList();
        if (!candidates.isEmpty()) {
            List<Long> removed = context.store().expunge(context.identity(), mailbox.mailboxId(), candidates);
            selection.announce(mailbox.expunged(removed));
        }
        selection.announceChanges(true);
        context.out().tagged(tag, Status.OK, null, (set == null ? "" : "UID ") + "EXPUNGE completed");
    }

    void append(String tag, ImapCommand.Append command) throws StoreException {
        List<NewMessage> messages = new ArrayList<>();
        for (ImapCommand.AppendMessage message : command.messages()) {
            Instant date = message.internalDate() == null ? Instant.now() : message.internalDate().toInstant();
            messages.add(new NewMessage(Set.copyOf(message.flags()), date, content(message)));
        }
        List<Appended> appended = context.store().append(context.identity(), command.mailbox(), messages);
        selection.announceChanges(true);
        List<Long> uids = appended.stream().map(Appended::uid).toList();
        context.out().tagged(tag, Status.OK, "APPENDUID " + appended.get(0).uidValidity() + " " + UidSets.format(uids),
                "APPEND completed");
    }

    /** The set with {@code *} read as the highest UID the mailbox has handed out. */
    private static SequenceSet withStarAsLast(SequenceSet set, SelectedMailbox mailbox) {
        long last = Math.max(mailbox.uidNext() - 1, mailbox.lastUid());
        return new SequenceSet(set.ranges().stream().map(r -> new SequenceSet.Range(r.low() == SequenceSet.STAR
                ? last : r.low(), r.high() == SequenceSet.STAR ? last : r.high())).toList(), false);
    }

    private static List<FetchAttribute> withModSeq(List<FetchAttribute> attributes, boolean required) {
        if (!required || attributes.contains(new FetchAttribute.Item("MODSEQ"))) {
            return attributes;
        }
        List<FetchAttribute> all = new ArrayList<>(attributes);
        all.add(new FetchAttribute.Item("MODSEQ"));
        return all;
    }

    private static byte[] content(ImapCommand.AppendMessage message) throws StoreException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (ImapCommand.AppendPart part : message.parts()) {
            if (!(part instanceof ImapCommand.Text text)) {
                throw new StoreException(StoreException.Code.CANNOT, "CATENATE URLs are not supported");
            }
            content.writeBytes(text.content());
        }
        if (content.size() == 0) {
            throw new StoreException(StoreException.Code.CANNOT, "An empty message cannot be appended");
        }
        return content.toByteArray();
    }

    /** The UIDs a set names, or null after answering BAD for sequence numbers that do not exist. */
    private List<Long> resolve(String tag, SequenceSet set, boolean byUid) {
        SelectedMailbox mailbox = context.selected();
        if (!byUid && !mailbox.coversSequences(set)) {
            context.out().tagged(tag, Status.BAD, null, "Invalid message sequence number");
            return null;
        }
        return mailbox.resolve(set, byUid);
    }

    private static String numbers(List<Long> uids, boolean byUid, SelectedMailbox mailbox) {
        return UidSets.format(byUid ? uids : uids.stream().map(uid -> (long) mailbox.sequenceOf(uid)).toList());
    }
}
