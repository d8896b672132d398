package org.flutemail.protocol.smtp.client.transport;

import java.util.List;

/**
 * A reply as read from the wire: its code and the text of each line after the code and separator.
 */
public record RawReply(int code, List<String> lines) {

    public RawReply {
        lines = List.copyOf(lines);
    }
}
