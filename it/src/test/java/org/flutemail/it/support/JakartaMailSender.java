package org.flutemail.it.support;

import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

/** Sends mail with Jakarta Mail (Eclipse Angus): over plain SMTP, or as a user on the submission ports. */
public final class JakartaMailSender {

    private final Session session;
    private final String protocol;

    public JakartaMailSender(FluteServer server) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", FluteServer.HOST);
        properties.setProperty("mail.smtp.port", Integer.toString(server.smtpPort()));
        properties.setProperty("mail.smtp.localhost", "client.example");
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "60000");
        this.session = Session.getInstance(properties);
        this.protocol = "smtp";
    }

    private JakartaMailSender(Session session, String protocol) {
        this.session = session;
        this.protocol = protocol;
    }

    /**
     * Submission on the submission port: STARTTLS required ({@code mail.smtp.starttls.required}),
     * then AUTH as {@code user}; the server's self-signed certificate is trusted.
     */
    public static JakartaMailSender submission(FluteServer server, String user, String password) {
        Properties properties = properties("smtp", server.submissionPort());
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", "true");
        return new JakartaMailSender(Session.getInstance(properties, login(user, password)), "smtp");
    }

    /** Submission with implicit TLS on the SMTPS port (the {@code smtps} protocol), AUTH as {@code user}. */
    public static JakartaMailSender smtps(FluteServer server, String user, String password) {
        return new JakartaMailSender(Session.getInstance(properties("smtps", server.smtpsPort()),
                login(user, password)), "smtps");
    }

    private static Properties properties(String protocol, int port) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "host", FluteServer.HOST);
        properties.setProperty(prefix + "port", Integer.toString(port));
        properties.setProperty(prefix + "localhost", "client.example");
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "60000");
        properties.setProperty(prefix + "auth", "true");
        properties.setProperty(prefix + "ssl.trust", "*");
        return properties;
    }

    private static Authenticator login(String user, String password) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        };
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
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect();
            transport.sendMessage(message, recipients);
        }
        return wire.toByteArray();
    }
}
