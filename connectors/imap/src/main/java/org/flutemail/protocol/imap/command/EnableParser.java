package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

/** {@code ENABLE capability...} (RFC 5161): at least one capability name, upper-cased. */
final class EnableParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        List<String> capabilities = new ArrayList<>();
        do {
            capabilities.add(arguments.keyword("capability"));
        } while (arguments.hasMore());
        return new ImapCommand.Enable(capabilities);
    }
}
