package org.flutemail.protocol.imap.command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ID NIL} or {@code ID ("name" "value" ...)} (RFC 2971), with its limits: at most 30 pairs,
 * field names up to 30 octets, values up to 1024. Field names are unique; a repeat is an error.
 */
final class IdParser implements CommandParser {

    private static final int MAX_PAIRS = 30;
    private static final int MAX_FIELD = 30;
    private static final int MAX_VALUE = 1024;

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        if (arguments.acceptAtom("NIL")) {
            arguments.end();
            return new ImapCommand.Id(null);
        }
        ArgumentReader pairs = arguments.listReader("ID parameters");
        arguments.end();
        Map<String, String> parameters = new LinkedHashMap<>();
        while (pairs.hasMore()) {
            String field = pairs.string("ID field name");
            String value = pairs.nstring("ID field value");
            if (field.length() > MAX_FIELD || (value != null && value.length() > MAX_VALUE)) {
                throw new BadCommandException("ID field or value too long");
            }
            if (parameters.containsKey(field) || parameters.size() == MAX_PAIRS) {
                throw new BadCommandException("Duplicate ID field or too many fields");
            }
            parameters.put(field, value);
        }
        return new ImapCommand.Id(parameters);
    }
}
