package org.flutemail.protocol.imap.session;

import org.flutemail.protocol.imap.command.ImapCommand;
import org.flutemail.protocol.imap.command.ImapCommand.Kind;

/** The states of RFC 9051 section 3 and which commands each allows. */
enum SessionState {
    NOT_AUTHENTICATED, AUTHENTICATED, SELECTED, LOGOUT;

    boolean allows(ImapCommand command) {
        return switch (where(command)) {
            case ANY -> this != LOGOUT;
            case BEFORE_LOGIN -> this == NOT_AUTHENTICATED;
            case AUTHENTICATED_ONLY -> this == AUTHENTICATED;
            case AFTER_LOGIN -> this == AUTHENTICATED || this == SELECTED;
            case SELECTED_ONLY -> this == SELECTED;
        };
    }

    String refusal(String name) {
        return switch (this) {
            case NOT_AUTHENTICATED -> name + " needs a login first";
            case AUTHENTICATED -> name + " is not valid now: select a mailbox first, or it is valid before login only";
            case SELECTED -> name + " is not valid in the selected state";
            case LOGOUT -> "Logging out";
        };
    }

    private enum Where { ANY, BEFORE_LOGIN, AUTHENTICATED_ONLY, AFTER_LOGIN, SELECTED_ONLY }

    private static Where where(ImapCommand command) {
        if (command instanceof ImapCommand.Simple simple) {
            return where(simple.kind());
        }
        if (command instanceof ImapCommand.Id) {
            return Where.ANY;
        }
        if (command instanceof ImapCommand.Login || command instanceof ImapCommand.Authenticate) {
            return Where.BEFORE_LOGIN;
        }
        if (command instanceof ImapCommand.Enable) {
            // RFC 5161 section 3.1: ENABLE before any mailbox is selected.
            return Where.AUTHENTICATED_ONLY;
        }
        if (command instanceof ImapCommand.Fetch || command instanceof ImapCommand.Store
                || command instanceof ImapCommand.Search || command instanceof ImapCommand.Transfer
                || command instanceof ImapCommand.UidExpunge || command instanceof ImapCommand.Sort
                || command instanceof ImapCommand.Thread) {
            return Where.SELECTED_ONLY;
        }
        return Where.AFTER_LOGIN;
    }

    private static Where where(Kind kind) {
        return switch (kind) {
            case CAPABILITY, NOOP, LOGOUT -> Where.ANY;
            case STARTTLS -> Where.BEFORE_LOGIN;
            case CHECK, CLOSE, UNSELECT, EXPUNGE -> Where.SELECTED_ONLY;
            case IDLE, NAMESPACE -> Where.AFTER_LOGIN;
        };
    }
}
