package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

/** {@code CREATE mailbox [(USE (\Sent ...))]} (RFC 6154 CREATE-SPECIAL-USE). */
final class CreateParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String mailbox = arguments.mailbox();
        List<String> use = new ArrayList<>();
        if (arguments.hasMore()) {
            ArgumentReader parameters = arguments.listReader("CREATE parameters");
            if (!parameters.acceptAtom("USE")) {
                throw new BadCommandException("Unknown CREATE parameter");
            }
            ArgumentReader attributes = parameters.listReader("USE attributes");
            while (attributes.hasMore()) {
                String attribute = attributes.atom("special-use attribute");
                if (!attribute.startsWith("\\") || attribute.length() < 2) {
                    throw new BadCommandException("Invalid special-use attribute " + attribute);
                }
                use.add(attribute);
            }
            parameters.end();
        }
        arguments.end();
        return new ImapCommand.Create(mailbox, use);
    }
}
