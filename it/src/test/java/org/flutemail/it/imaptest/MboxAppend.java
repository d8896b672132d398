package org.flutemail.it.imaptest;

import java.util.List;
import java.util.Locale;

/**
 * The APPEND commands whose message comes from the script's mbox: a bare {@code append} (the
 * connection's mailbox, with the separator line's date) and {@code append <mailbox> [flags] [date]}
 * without a message of its own. An APPEND that carries its message or CATENATE is sent as written.
 */
final class MboxAppend {

    private MboxAppend() {
    }

    /** The command to send for {@code expanded}: itself, or an APPEND with the next mbox message. */
    static String command(String expanded, Session session, MboxSource mbox) {
        if (expanded.equalsIgnoreCase("append")) {
            return nextMessage(session, mbox);
        }
        if (expanded.toLowerCase(Locale.ROOT).startsWith("append ")) {
            String args = expanded.substring("append ".length());
            if (!carriesMessage(args)) {
                return withLiteral("APPEND " + args, mbox.next().content());
            }
        }
        return expanded;
    }

    /** APPEND of the next mbox message to the connection's mailbox, dated as its separator line says. */
    static String nextMessage(Session session, MboxSource mbox) {
        MboxSource.Message message = mbox.next();
        return withLiteral("APPEND \"" + session.mailbox + "\" \"" + message.internalDate() + "\"", message.content());
    }

    private static String withLiteral(String head, String content) {
        return head + " {" + content.length() + "}\r\n" + content;
    }

    /** mailbox [(flags)] ["date"] then a literal or CATENATE means the script gives the message itself. */
    private static boolean carriesMessage(String args) {
        List<ImapArg> parsed = ImapArgParser.parse(args);
        int i = 1;
        if (i < parsed.size() && parsed.get(i) instanceof ImapArg.Items) {
            i++;
        }
        if (i < parsed.size() && parsed.get(i) instanceof ImapArg.Text text && !text.literal()) {
            i++;
        }
        if (i >= parsed.size()) {
            return false;
        }
        ImapArg next = parsed.get(i);
        return next instanceof ImapArg.Text text && text.literal()
                || next instanceof ImapArg.Atom atom && atom.value().equalsIgnoreCase("catenate");
    }
}
