package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;

import org.flutemail.protocol.smtp.SmtpConnection;

/** An SMTP session as a {@link Conversation}. */
final class SmtpConversation implements Conversation {

    private final SmtpConnection connection;

    SmtpConversation(SmtpConnection connection) {
        this.connection = connection;
    }

    @Override
    public void greet(OutputStream out) throws IOException {
        write(out, connection.greet());
    }

    @Override
    public boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException {
        SmtpConnection.Output output = connection.receive(bytes, offset, length);
        write(out, output);
        return output.startTls();
    }

    @Override
    public void tlsEstablished(String description) {
        connection.tlsEstablished(description);
    }

    @Override
    public void idleTimeout(OutputStream out) throws IOException {
        write(out, connection.idleTimeout());
    }

    @Override
    public boolean isClosing() {
        return connection.isClosing();
    }

    @Override
    public String summary() {
        return "helo=" + connection.clientName() + " " + connection.stats();
    }

    @Override
    public void close() {
        connection.close();
    }

    private static void write(OutputStream out, SmtpConnection.Output output) throws IOException {
        if (output.bytes().length > 0) {
            out.write(output.bytes());
        }
    }
}
