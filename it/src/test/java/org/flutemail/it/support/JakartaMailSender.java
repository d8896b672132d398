package org.flutemail.it.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

/** Sends mail with Jakarta Mail (Eclipse Angus) over plain SMTP. */
public final class JakartaMailSender {

    private final Session session;

    public JakartaMailSender(FluteServer server) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", FluteServer.HOST);
        properties.setProperty("mail.smtp.port", Integer.toString(server.smtpPort()));
        properties.setProperty("mail.smtp.localhost", "client.example");
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "60000");
        this.session = Session.getInstance(properties);
    }

    public MimeMessage newMessage() {
        return new MimeMessage(session);
    }

    /**
     * Sends the message to its recipients and returns the bytes Jakarta Mail put on the wire
     * (before dot-stuffing). {@code saveChanges()} is called once here, so that the bytes written
     * and the bytes sent are the same.
     */
    public byte[] send(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        Address[] recipients = message.getAllRecipients();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, recipients);
        }
        return wire.toByteArray();
    }
}
