package org.flutemail.protocol.pop3.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.flutemail.protocol.pop3.Pop3Connection;

/** What a client sees of a connection: the lines it sends in one write, and everything answered to them. */
final class Wire {

    private Wire() {
    }

    /** The answer to the lines, with {@code <TLS>} appended when the connection asks the transport to start TLS. */
    static String exchange(Pop3Connection connection, String... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        boolean tls = connection.receive(bytes, 0, bytes.length, out);
        String answer = out.toString(StandardCharsets.UTF_8);
        return tls ? answer + "<TLS>" : answer;
    }
}
