package org.flutemail.protocol.imap.command;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flutemail.protocol.imap.codec.Argument;

/**
 * {@code APPEND mailbox [(flags)] [date-time] message} repeated for MULTIAPPEND (RFC 3502), where a
 * message is a literal, a literal8 (BINARY, RFC 3516), {@code UTF8 (literal8)} (RFC 6855) or
 * {@code CATENATE (URL url / TEXT literal ...)} (RFC 4469). The content must be a literal: a quoted
 * message would have no line ends.
 */
final class AppendParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String mailbox = arguments.mailbox();
        List<ImapCommand.AppendMessage> messages = new ArrayList<>();
        do {
            messages.add(message(arguments));
        } while (arguments.hasMore());
        return new ImapCommand.Append(mailbox, messages);
    }

    private static ImapCommand.AppendMessage message(ArgumentReader arguments) throws BadCommandException {
        List<String> flags = arguments.nextIsList() ? Flags.parse(arguments.list("flags")) : List.of();
        OffsetDateTime date = null;
        if (arguments.peek() instanceof Argument.Quoted) {
            date = DateTimes.dateTime(arguments.string("date-time"));
        }
        List<ImapCommand.AppendPart> parts = new ArrayList<>();
        if (arguments.acceptAtom("CATENATE")) {
            ArgumentReader catenate = arguments.listReader("CATENATE parts");
            while (catenate.hasMore()) {
                String kind = catenate.keyword("CATENATE part");
                if (kind.equals("URL")) {
                    parts.add(new ImapCommand.Url(catenate.astring("URL")));
                } else if (kind.equals("TEXT")) {
                    parts.add(content(catenate.next("TEXT literal")));
                } else {
                    throw new BadCommandException("Unknown CATENATE part " + kind);
                }
            }
            if (parts.isEmpty()) {
                throw new BadCommandException("Empty CATENATE");
            }
        } else if (arguments.acceptAtom("UTF8")) {
            ArgumentReader utf8 = arguments.listReader("UTF8 message");
            parts.add(content(utf8.next("message literal")));
            utf8.end();
        } else {
            parts.add(content(arguments.next("message literal")));
        }
        return new ImapCommand.AppendMessage(flags, date, parts);
    }

    private static ImapCommand.Text content(Argument argument) throws BadCommandException {
        if (argument instanceof Argument.Literal literal) {
            return new ImapCommand.Text(literal.bytes(), literal.binary());
        }
        throw new BadCommandException("Message must be sent as a literal");
    }

}
