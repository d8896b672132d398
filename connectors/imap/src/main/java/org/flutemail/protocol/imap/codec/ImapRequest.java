package org.flutemail.protocol.imap.codec;

import java.util.List;
import java.util.Objects;

/** One complete client command as framed by {@link ImapDecoder}: tag, upper-cased name and arguments. */
public record ImapRequest(String tag, String name, List<Argument> arguments) {

    public ImapRequest {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** The request as it could be written again, literals shown with their octets inline; for tests and logs. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(tag).append(' ').append(name);
        arguments.forEach(argument -> out.append(' ').append(argument));
        return out.toString();
    }
}
