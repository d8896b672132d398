package org.flutemail.protocol.imap.command;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A syntactically valid IMAP command as produced by {@link ImapCommandParser}; what it means in the
 * current state is the session's. Mailbox names are already decoded, sets still hold {@code *}.
 */
public sealed interface ImapCommand {

    /** Commands without arguments. */
    enum Kind { CAPABILITY, NOOP, LOGOUT, STARTTLS, CHECK, CLOSE, UNSELECT, EXPUNGE, IDLE, NAMESPACE }

    record Simple(Kind kind) implements ImapCommand {
    }

    record Login(String user, String password) implements ImapCommand {
    }

    /** The initial response (RFC 4959) is base64 text, {@code ""} for {@code =}, null when not sent. */
    record Authenticate(String mechanism, String initialResponse) implements ImapCommand {
    }

    record Enable(List<String> capabilities) implements ImapCommand {
        public Enable {
            capabilities = List.copyOf(capabilities);
        }
    }

    /** RFC 2971; null parameters for {@code ID NIL}. Values may be null (NIL). */
    record Id(Map<String, String> parameters) implements ImapCommand {
        public Id {
            parameters = parameters == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    /** SELECT or EXAMINE ({@code readOnly}), with CONDSTORE (RFC 7162) or QRESYNC parameters. */
    record Select(String mailbox, boolean readOnly, boolean condStore, Qresync qresync) implements ImapCommand {
    }

    /** QRESYNC parameters; the known UIDs and the sequence match data are optional (null). */
    record Qresync(long uidValidity, long modSeq, SequenceSet knownUids, SequenceSet knownSequences,
            SequenceSet knownSequenceUids) {
    }

    /** CREATE with the special-use attributes of RFC 6154's USE parameter. */
    record Create(String mailbox, List<String> specialUse) implements ImapCommand {
        public Create {
            specialUse = List.copyOf(specialUse);
        }
    }

    /** Commands that name just a mailbox. */
    enum MailboxVerb { DELETE, SUBSCRIBE, UNSUBSCRIBE, GETQUOTAROOT }

    record OnMailbox(MailboxVerb verb, String mailbox) implements ImapCommand {
    }

    record Rename(String from, String to) implements ImapCommand {
    }

    /**
     * LIST (with RFC 5258 selection and return options, RFC 5819 STATUS, RFC 6154 SPECIAL-USE) or LSUB.
     * Status items are non-empty only when the return options include STATUS.
     */
    record ListMailboxes(boolean lsub, Set<String> selection, String reference, List<String> patterns,
            Set<String> returnOptions, List<String> statusItems) implements ImapCommand {
        public ListMailboxes {
            selection = Set.copyOf(selection);
            patterns = List.copyOf(patterns);
            returnOptions = Set.copyOf(returnOptions);
            statusItems = List.copyOf(statusItems);
        }
    }

    record Status(String mailbox, List<String> items) implements ImapCommand {
        public Status {
            items = List.copyOf(items);
        }
    }

    /** APPEND of one or more messages (MULTIAPPEND, RFC 3502). */
    record Append(String mailbox, List<AppendMessage> messages) implements ImapCommand {
        public Append {
            messages = List.copyOf(messages);
        }
    }

    /** One message to append; its content is one part, or several with CATENATE (RFC 4469). */
    record AppendMessage(List<String> flags, OffsetDateTime internalDate, List<AppendPart> parts) {
        public AppendMessage {
            flags = List.copyOf(flags);
            parts = List.copyOf(parts);
        }
    }

    sealed interface AppendPart {
    }

    /** Literal content; {@code binary} when sent as literal8 (RFC 3516). */
    record Text(byte[] content, boolean binary) implements AppendPart {
    }

    /** A CATENATE URL part (RFC 4469). */
    record Url(String url) implements AppendPart {
    }

    /** FETCH / UID FETCH; changedSince is -1 without CHANGEDSINCE (RFC 7162). */
    record Fetch(boolean uid, SequenceSet set, List<FetchAttribute> attributes, long changedSince,
            boolean vanished) implements ImapCommand {
        public Fetch {
            attributes = List.copyOf(attributes);
        }
    }

    enum StoreMode { REPLACE, ADD, REMOVE }

    /** STORE / UID STORE; unchangedSince is -1 without UNCHANGEDSINCE (RFC 7162). */
    record Store(boolean uid, SequenceSet set, long unchangedSince, StoreMode mode, boolean silent,
            List<String> flags) implements ImapCommand {
        public Store {
            flags = List.copyOf(flags);
        }
    }

    /**
     * SEARCH / UID SEARCH. {@code returnOptions} is null for a plain SEARCH (answered with {@code * SEARCH})
     * and a set, possibly empty (meaning ALL), for ESEARCH (RFC 4731).
     */
    record Search(boolean uid, String charset, Set<String> returnOptions, SearchKey key) implements ImapCommand {
        public Search {
            Objects.requireNonNull(key, "key");
            returnOptions = returnOptions == null ? null : Set.copyOf(returnOptions);
        }
    }

    /** COPY, MOVE (RFC 6851) and their UID forms. */
    record Transfer(boolean uid, boolean move, SequenceSet set, String mailbox) implements ImapCommand {
    }

    /** UID EXPUNGE (UIDPLUS, RFC 4315). */
    record UidExpunge(SequenceSet set) implements ImapCommand {
    }

    /** SORT (RFC 5256); criteria upper-cased, REVERSE kept as a prefix such as {@code REVERSE DATE}. */
    record Sort(boolean uid, List<String> criteria, String charset, SearchKey key) implements ImapCommand {
        public Sort {
            criteria = List.copyOf(criteria);
        }
    }

    record Thread(boolean uid, String algorithm, String charset, SearchKey key) implements ImapCommand {
    }

    record GetQuota(String root) implements ImapCommand {
    }

    record Compress(String mechanism) implements ImapCommand {
    }
}
