package org.flutemail.protocol.imap.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flutemail.protocol.imap.command.ImapCommand;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.flutemail.protocol.imap.response.Status;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.ImapStore.MailboxEntry;
import org.flutemail.protocol.imap.store.ImapStore.MailboxStatus;
import org.flutemail.protocol.imap.store.StoreException;

/** The commands on mailboxes as a whole: CREATE, DELETE, RENAME, (UN)SUBSCRIBE, LIST, LSUB, STATUS. */
final class MailboxCommands {

    private final SessionContext context;

    MailboxCommands(SessionContext context) {
        this.context = context;
    }

    void create(String tag, ImapCommand.Create command) throws StoreException {
        String name = stripTrailingDelimiter(command.mailbox());
        if (name.isEmpty() || name.equals("INBOX")) {
            throw new StoreException(StoreException.Code.ALREADYEXISTS, "Mailbox already exists");
        }
        context.store().create(context.identity(), name, command.specialUse());
        context.out().tagged(tag, Status.OK, null, "CREATE completed");
    }

    void onMailbox(String tag, ImapCommand.OnMailbox command) throws StoreException {
        String name = command.mailbox();
        switch (command.verb()) {
            case DELETE -> {
                if (name.equals("INBOX")) {
                    throw new StoreException(StoreException.Code.CANNOT, "INBOX cannot be deleted");
                }
                if (context.selected() != null && context.selected().name().equals(name)) {
                    throw new StoreException(StoreException.Code.CANNOT, "Close the mailbox before deleting it");
                }
                context.store().delete(context.identity(), name);
            }
            case SUBSCRIBE -> context.store().subscribe(context.identity(), name, true);
            case UNSUBSCRIBE -> context.store().subscribe(context.identity(), name, false);
            case GETQUOTAROOT -> {
                context.store().status(context.identity(), name);
                context.out().untagged().atom("QUOTAROOT").mailbox(name).string("").end();
                writeQuota();
            }
        }
        context.out().tagged(tag, Status.OK, null, command.verb() + " completed");
    }

    /** GETQUOTA: the one root is {@code ""}, the whole account. */
    void quota(String tag, String root) throws StoreException {
        if (!root.isEmpty()) {
            throw new StoreException(StoreException.Code.NONEXISTENT, "No such quota root; the only one is \"\"");
        }
        writeQuota();
        context.out().tagged(tag, Status.OK, null, "GETQUOTA completed");
    }

    /**
     * {@code * QUOTA "" (STORAGE used limit)} in KiB (RFC 9208 section 5.1); an account without a
     * limit still has its root, which then limits nothing: {@code * QUOTA "" ()}.
     */
    private void writeQuota() {
        ImapStore.Quota quota = context.store().quota(context.identity());
        ResponseWriter line = context.out().untagged().atom("QUOTA").string("").openList();
        if (quota.limit() >= 0) {
            line.atom("STORAGE").number((quota.used() + 1023) / 1024).number(quota.limit() / 1024);
        }
        line.closeList().end();
    }

    void rename(String tag, ImapCommand.Rename command) throws StoreException {
        context.store().rename(context.identity(), command.from(), stripTrailingDelimiter(command.to()));
        context.out().tagged(tag, Status.OK, null, "RENAME completed");
    }

    void list(String tag, ImapCommand.ListMailboxes command) {
        String verb = command.lsub() ? "LSUB" : "LIST";
        if (!command.lsub() && command.patterns().size() == 1 && command.patterns().get(0).isEmpty()) {
            // RFC 9051 section 6.3.9: an empty pattern asks for the delimiter and the root.
            context.out().untagged().atom("LIST").openList().atom("\\Noselect").closeList()
                    .string(String.valueOf(ImapStore.DELIMITER)).string("").end();
            context.out().tagged(tag, Status.OK, null, "LIST completed");
            return;
        }
        boolean subscribedOnly = command.lsub() || command.selection().contains("SUBSCRIBED");
        boolean specialUseOnly = command.selection().contains("SPECIAL-USE");
        boolean recursive = command.selection().contains("RECURSIVEMATCH");
        boolean showSubscribed = subscribedOnly || command.returnOptions().contains("SUBSCRIBED");
        List<MailboxEntry> all = context.store().mailboxes(context.identity());
        Map<String, MailboxEntry> byName = new LinkedHashMap<>();
        all.forEach(entry -> byName.put(entry.name(), entry));
        for (MailboxEntry entry : all) {
            if (!matchesAny(command, entry.name()) || specialUseOnly && entry.specialUse() == null
                    || !entry.exists() && !subscribedOnly) {
                continue;
            }
            // RECURSIVEMATCH (RFC 5258 section 3.5): a mailbox outside the selection is still listed,
            // with CHILDINFO, when it has a selected descendant that the patterns do not reach.
            boolean childInfo = recursive && subscribedOnly && hasUnmatchedSubscribedChild(command, all, entry.name());
            if (subscribedOnly && !entry.subscribed() && !childInfo) {
                continue;
            }
            List<String> attributes = new ArrayList<>();
            if (!entry.exists()) {
                attributes.add(command.lsub() ? "\\Noselect" : "\\NonExistent");
            } else if (!command.lsub()) {
                attributes.add(hasChildren(byName, entry.name()) ? "\\HasChildren" : "\\HasNoChildren");
                if (entry.specialUse() != null) {
                    attributes.add(entry.specialUse());
                }
            }
            if (showSubscribed && entry.subscribed() && !command.lsub()) {
                attributes.add("\\Subscribed");
            }
            ResponseWriter out = context.out().untagged().atom(verb).openList();
            attributes.forEach(out::atom);
            out.closeList().string(String.valueOf(ImapStore.DELIMITER)).mailbox(entry.name());
            if (childInfo) {
                out.openList().atom("CHILDINFO").openList().string("SUBSCRIBED").closeList().closeList();
            }
            out.end();
            if (!command.statusItems().isEmpty() && entry.exists()) {
                // LIST-STATUS (RFC 5819): a mailbox whose STATUS fails is listed without one.
                try {
                    writeStatus(entry.name(), command.statusItems());
                } catch (StoreException e) {
                    // gone between the two looks: the LIST line stands on its own
                }
            }
        }
        if (command.lsub()) {
            noselectParents(command, all);
        }
        context.out().tagged(tag, Status.OK, null, verb + " completed");
    }

    /**
     * RFC 3501 section 6.3.9: when {@code foo/bar} is subscribed and {@code foo} is not, LSUB with
     * {@code %} must return {@code foo}, flagged {@code \Noselect}.
     */
    private void noselectParents(ImapCommand.ListMailboxes command, List<MailboxEntry> all) {
        java.util.Set<String> listed = new java.util.HashSet<>();
        all.stream().filter(MailboxEntry::subscribed).forEach(entry -> listed.add(entry.name()));
        java.util.Set<String> reported = new java.util.TreeSet<>();
        for (MailboxEntry entry : all) {
            if (!entry.subscribed() || matchesAny(command, entry.name())) {
                continue;
            }
            String name = entry.name();
            for (int slash = name.indexOf(ImapStore.DELIMITER); slash > 0;
                    slash = name.indexOf(ImapStore.DELIMITER, slash + 1)) {
                String parent = name.substring(0, slash);
                if (!listed.contains(parent) && matchesAny(command, parent)) {
                    reported.add(parent);
                }
            }
        }
        for (String parent : reported) {
            context.out().untagged().atom("LSUB").openList().atom("\\Noselect").closeList()
                    .string(String.valueOf(ImapStore.DELIMITER)).mailbox(parent).end();
        }
    }

    void status(String tag, ImapCommand.Status command) throws StoreException {
        writeStatus(command.mailbox(), command.items());
        context.out().tagged(tag, Status.OK, null, "STATUS completed");
    }

    private void writeStatus(String mailbox, List<String> items) throws StoreException {
        MailboxStatus status = context.store().status(context.identity(), mailbox);
        ResponseWriter out = context.out().untagged().atom("STATUS").mailbox(mailbox).openList();
        for (String item : items) {
            String name = item.toUpperCase(Locale.ROOT);
            long value = switch (name) {
                case "MESSAGES" -> status.messages();
                case "UIDNEXT" -> status.uidNext();
                case "UIDVALIDITY" -> status.uidValidity();
                case "UNSEEN" -> status.unseen();
                case "DELETED" -> status.deleted();
                case "SIZE" -> status.size();
                case "HIGHESTMODSEQ" -> status.highestModSeq();
                case "RECENT" -> status.recent();
                default -> 0;
            };
            out.atom(name).number(value);
        }
        out.closeList().end();
    }

    private static boolean matchesAny(ImapCommand.ListMailboxes command, String name) {
        for (String pattern : command.patterns()) {
            if (new MailboxPattern(command.reference(), pattern, ImapStore.DELIMITER).matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChildren(Map<String, MailboxEntry> all, String name) {
        String prefix = name + ImapStore.DELIMITER;
        return all.values().stream().anyMatch(other -> other.exists() && other.name().startsWith(prefix));
    }

    private static boolean hasUnmatchedSubscribedChild(ImapCommand.ListMailboxes command, List<MailboxEntry> all,
            String name) {
        String prefix = name + ImapStore.DELIMITER;
        return all.stream().anyMatch(other -> other.subscribed() && other.name().startsWith(prefix)
                && !matchesAny(command, other.name()));
    }

    private static String stripTrailingDelimiter(String name) {
        // RFC 9051 section 6.3.4: CREATE "foo/" means create foo, and says it will have children.
        return name.endsWith(String.valueOf(ImapStore.DELIMITER)) ? name.substring(0, name.length() - 1) : name;
    }
}
