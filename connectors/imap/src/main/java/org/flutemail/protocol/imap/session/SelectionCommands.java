package org.flutemail.protocol.imap.session;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.flutemail.protocol.imap.command.ImapCommand;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.flutemail.protocol.imap.response.Status;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.ImapStore.MailboxSnapshot;
import org.flutemail.protocol.imap.store.ImapStore.MessageState;
import org.flutemail.protocol.imap.store.StoreException;

/** SELECT, EXAMINE, CLOSE, UNSELECT, ENABLE, and telling the client what changed in its mailbox. */
final class SelectionCommands {

    static final List<String> SYSTEM_FLAGS = List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft");

    private final SessionContext context;

    SelectionCommands(SessionContext context) {
        this.context = context;
    }

    void select(String tag, ImapCommand.Select command) throws StoreException {
        if (context.selected() != null) {
            // RFC 7162 section 3.2.11: the previous mailbox is closed before the new one's responses.
            context.select(null);
            context.out().untaggedStatus(Status.OK, "CLOSED", "Previous mailbox closed");
        }
        if (command.qresync() != null && !context.qresync()) {
            // RFC 7162 section 3.2.5: QRESYNC parameters need ENABLE QRESYNC first.
            context.out().tagged(tag, Status.BAD, null, "QRESYNC must be enabled first");
            return;
        }
        if (command.condStore()) {
            context.enableCondStore();
        }
        Revision revision = context.revision();
        MailboxSnapshot snapshot = context.store().open(context.identity(), command.mailbox(),
                !command.readOnly() && revision.hasRecent());
        SelectedMailbox mailbox = new SelectedMailbox(command.mailbox(), snapshot, command.readOnly());
        ResponseWriter out = context.out();
        out.untagged().atom("FLAGS").openList();
        allFlags(mailbox).forEach(out::atom);
        out.closeList().end();
        out.untaggedStatus(Status.OK, mailbox.readOnly() ? "PERMANENTFLAGS ()"
                : "PERMANENTFLAGS (" + String.join(" ", allFlags(mailbox)) + " \\*)", "Flags permitted");
        out.untagged().number(mailbox.count()).atom("EXISTS").end();
        if (revision.hasRecent()) {
            out.untagged().number(mailbox.recentCount()).atom("RECENT").end();
        }
        long firstUnseen = revision.reportsFirstUnseenOnSelect() ? firstUnseen(mailbox) : 0;
        if (firstUnseen > 0) {
            out.untaggedStatus(Status.OK, "UNSEEN " + firstUnseen, "First unseen message");
        }
        out.untaggedStatus(Status.OK, "UIDVALIDITY " + mailbox.uidValidity(), "UIDs valid");
        out.untaggedStatus(Status.OK, "UIDNEXT " + mailbox.uidNext(), "Predicted next UID");
        out.untaggedStatus(Status.OK, "HIGHESTMODSEQ " + mailbox.highestModSeq(), "Highest mod-sequence");
        if (revision.listsMailboxOnSelect()) {
            // Its attributes "MAY be accurate" (RFC 9051 section 6.3.2): the name is what the client needs.
            out.untagged().atom("LIST").openList().closeList().string(String.valueOf(ImapStore.DELIMITER))
                    .mailbox(mailbox.name()).end();
        }
        context.select(mailbox);
        if (command.qresync() != null && command.qresync().uidValidity() == mailbox.uidValidity()) {
            resynchronise(mailbox, command.qresync());
        }
        out.tagged(tag, Status.OK, mailbox.readOnly() ? "READ-ONLY" : "READ-WRITE",
                (mailbox.readOnly() ? "EXAMINE" : "SELECT") + " completed");
    }

    /** CLOSE expunges silently when the mailbox is writable; UNSELECT never expunges (RFC 3691). */
    void close(String tag, boolean expunge) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        if (expunge && !mailbox.readOnly()) {
            List<Long> deleted = mailbox.uids().stream().filter(uid -> mailbox.state(uid).flags().contains("\\Deleted")).toList();
            if (!deleted.isEmpty()) {
                context.store().expunge(context.identity(), mailbox.mailboxId(), deleted);
            }
        }
        context.select(null);
        context.out().tagged(tag, Status.OK, null, (expunge ? "CLOSE" : "UNSELECT") + " completed");
    }

    void enable(String tag, ImapCommand.Enable command) {
        Set<String> enabled = new TreeSet<>();
        for (String capability : command.capabilities()) {
            String name = capability.toUpperCase(java.util.Locale.ROOT);
            if (name.equals("UTF8=ACCEPT") && !context.utf8Accept()) {
                context.enableUtf8();
                enabled.add(name);
            } else if (name.equals("CONDSTORE") && !context.condStore()) {
                context.enableCondStore();
                enabled.add(name);
            } else if (name.equals("QRESYNC") && !context.qresync()) {
                context.enableQresync();
                enabled.add(name);
            } else if (name.equals("IMAP4REV2") && context.revision() != Revision.IMAP4REV2) {
                context.enableRev2();
                enabled.add(Revision.REV2_CAPABILITY);
            }
        }
        ResponseWriter out = context.out().untagged().atom("ENABLED");
        enabled.forEach(out::atom);
        out.end();
        context.out().tagged(tag, Status.OK, null, "ENABLE completed");
    }

    /**
     * QRESYNC's quick resynchronisation (RFC 7162 section 3.2.5.1): what was expunged since the client's
     * mod-sequence, as VANISHED (EARLIER), and the messages changed since, with their flags.
     */
    private void resynchronise(SelectedMailbox mailbox, ImapCommand.Qresync qresync) throws StoreException {
        List<Long> vanished = context.store().changes(context.identity(), mailbox.mailboxId(), qresync.modSeq(), false)
                .expunged();
        if (qresync.knownUids() != null) {
            vanished = vanished.stream().filter(uid -> contains(qresync.knownUids(), uid)).toList();
        }
        if (!vanished.isEmpty()) {
            context.out().untagged().atom("VANISHED").openList().atom("EARLIER").closeList()
                    .atom(UidSets.format(vanished)).end();
        }
        for (long uid : mailbox.uids()) {
            MessageState state = mailbox.state(uid);
            if (state.modSeq() > qresync.modSeq()) {
                flagsResponse(mailbox.sequenceOf(uid), state, true);
            }
        }
    }

    static boolean contains(org.flutemail.protocol.imap.command.SequenceSet set, long uid) {
        return set.ranges().stream().anyMatch(r -> r.low() <= uid && uid <= r.high());
    }

    /**
     * A command that uses CONDSTORE enables it (RFC 7162 section 3.1); in a selected mailbox the first
     * such command also tells the client the mailbox's highest mod-sequence, which it has not seen.
     */
    void enableCondStoreInSelected() {
        if (!context.condStore()) {
            context.enableCondStore();
            context.out().untaggedStatus(Status.OK, "HIGHESTMODSEQ " + context.selected().highestModSeq(),
                    "Highest mod-sequence");
        }
    }

    /**
     * Asks the store what changed in the selected mailbox and tells the client. Expunges only when
     * {@code expungesAllowed}: never during FETCH, STORE or SEARCH by sequence number.
     */
    void announceChanges(boolean expungesAllowed) throws StoreException {
        look(expungesAllowed, true);
    }

    /**
     * As {@link #announceChanges}, but only when the mailbox may have changed elsewhere since the last
     * look: news of a change came, or the session cannot trust news, or a safety interval passed. For
     * commands that change nothing in the selected mailbox themselves but its flags, which the session
     * learns from the store's answer (FETCH, STORE, SEARCH, SORT, THREAD); after the session's own
     * APPEND, COPY, MOVE and EXPUNGE and on NOOP and IDLE it always looks.
     */
    void announceNews(boolean expungesAllowed) throws StoreException {
        look(expungesAllowed, false);
    }

    private void look(boolean expungesAllowed, boolean always) throws StoreException {
        SelectedMailbox mailbox = context.selected();
        if (mailbox == null || !context.lookDue(java.time.Instant.now(), always)) {
            return;
        }
        announce(mailbox.apply(context.store().changes(context.identity(), mailbox.mailboxId(),
                mailbox.highestModSeq(), !mailbox.readOnly() && context.revision().hasRecent()), expungesAllowed));
    }

    void announce(List<SelectedMailbox.Event> events) {
        ResponseWriter out = context.out();
        List<Long> vanished = new java.util.ArrayList<>();
        for (SelectedMailbox.Event event : events) {
            if (event instanceof SelectedMailbox.Expunged expunged && context.qresync()) {
                // RFC 7162 section 3.2.10: with QRESYNC, expunges are told by UID, together in one VANISHED.
                vanished.add(expunged.uid());
                continue;
            }
            writeVanished(vanished);
            if (event instanceof SelectedMailbox.Expunged expunged) {
                out.untagged().number(expunged.sequence()).atom("EXPUNGE").end();
            } else if (event instanceof SelectedMailbox.Exists exists) {
                out.untagged().number(exists.count()).atom("EXISTS").end();
                if (context.revision().hasRecent()) {
                    out.untagged().number(exists.recent()).atom("RECENT").end();
                }
            } else if (event instanceof SelectedMailbox.FlagsChanged changed) {
                flagsResponse(changed.sequence(), changed.state(), context.qresync());
            }
        }
        writeVanished(vanished);
    }

    private void writeVanished(List<Long> uids) {
        if (!uids.isEmpty()) {
            context.out().untagged().atom("VANISHED").atom(UidSets.format(uids.stream().sorted().toList())).end();
            uids.clear();
        }
    }

    /** {@code * n FETCH (FLAGS (...))}, with UID when asked by UID and MODSEQ once CONDSTORE is on. */
    void flagsResponse(int sequence, MessageState state, boolean withUid) {
        ResponseWriter out = context.out().untagged().number(sequence).atom("FETCH").openList();
        if (withUid) {
            out.atom("UID").number(state.uid());
        }
        FetchResponder.flags(out, state, context.showsRecent(state.uid()));
        if (context.condStore()) {
            out.atom("MODSEQ").openList().number(state.modSeq()).closeList();
        }
        out.closeList().end();
    }

    private static List<String> allFlags(SelectedMailbox mailbox) {
        List<String> flags = new java.util.ArrayList<>(SYSTEM_FLAGS);
        flags.addAll(mailbox.keywords());
        return flags;
    }

    private static long firstUnseen(SelectedMailbox mailbox) {
        for (int sequence = 1; sequence <= mailbox.count(); sequence++) {
            if (!mailbox.state(mailbox.uidAt(sequence)).flags().contains("\\Seen")) {
                return sequence;
            }
        }
        return 0;
    }
}
