package org.flutemail.protocol.smtp.client;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import javax.net.ssl.SSLSocketFactory;
import org.flutemail.protocol.smtp.client.route.RemoteHost;
import org.flutemail.protocol.smtp.client.transport.Capabilities;
import org.flutemail.protocol.smtp.client.transport.RawReply;
import org.flutemail.protocol.smtp.client.transport.SmtpConnection;
import org.flutemail.protocol.smtp.client.transport.WriteGuard;

/**
 * The dialogue with one host, up to the mail transaction: connect, greeting, EHLO (HELO when EHLO is
 * refused), STARTTLS and EHLO again, AUTH, the checks that make sending pointless (SIZE, SMTPUTF8),
 * then {@link MailTransaction}, then QUIT. Decisions about recipients go into the ledger as they are
 * made; anything that stops the dialogue early is a {@link HostFailure}.
 */
final class HostDialogue {

    private static final Duration MAX_QUIT_WAIT = Duration.ofSeconds(30);

    private final SmtpClientSettings settings;
    private final DeliveryRequest request;
    private final RecipientLedger ledger;
    private final RemoteHost host;
    private final TlsMode tlsMode;
    private final SSLSocketFactory tlsFactory;
    private SmtpConnection connection;

    /** @param tlsMode the settings' mode, or {@link TlsMode#NONE} when retrying after a TLS failure */
    HostDialogue(SmtpClientSettings settings, DeliveryRequest request, RecipientLedger ledger, RemoteHost host,
                 TlsMode tlsMode, SSLSocketFactory tlsFactory) {
        this.settings = settings;
        this.request = request;
        this.ledger = ledger;
        this.host = host;
        this.tlsMode = tlsMode;
        this.tlsFactory = tlsFactory;
    }

    void run() throws HostFailure {
        Timeouts timeouts = settings.timeouts();
        WriteGuard guard = WriteGuard.using(settings.writeWatchdog(), timeouts.dataBlock());
        try (SmtpConnection opened = SmtpConnection.open(host.socketAddress(), timeouts.connect(), guard)) {
            connection = opened;
            if (tlsMode == TlsMode.IMPLICIT) {
                connection.startTls(tlsFactory, host.name(), settings.verifyCertificates(), timeouts.connect());
            }
            SmtpReply greeting = Replies.from(connection.readReply(timeouts.greeting()));
            if (!greeting.isPositive()) {
                throw HostFailure.answered(host, greeting); // 4xx or 554: not now, maybe another host
            }
            Capabilities capabilities = secure(hello());
            if (settings.credentials() != null) {
                authenticate(capabilities);
            }
            if (!refusedBeforeMail(capabilities)) {
                new MailTransaction(connection, request, ledger, host, timeouts).run(capabilities);
            }
            quit();
        } catch (IOException e) {
            throw HostFailure.fromIo(host, e);
        }
    }

    private Capabilities hello() throws IOException, HostFailure {
        RawReply ehlo = command("EHLO " + settings.heloName(), settings.timeouts().greeting());
        if (ehlo.code() < 400) {
            return Capabilities.fromEhlo(ehlo);
        }
        if (ehlo.code() >= 500) {
            SmtpReply helo = Replies.from(command("HELO " + settings.heloName(), settings.timeouts().greeting()));
            if (helo.isPositive()) {
                return Capabilities.NONE;
            }
            throw HostFailure.answered(host, helo);
        }
        throw HostFailure.answered(host, Replies.from(ehlo));
    }

    private Capabilities secure(Capabilities capabilities) throws IOException, HostFailure {
        if (connection.isTls() || tlsMode == TlsMode.NONE || tlsMode == TlsMode.IMPLICIT) {
            return capabilities;
        }
        boolean required = tlsMode == TlsMode.STARTTLS_REQUIRED;
        if (!capabilities.has("STARTTLS")) {
            if (required) {
                throw HostFailure.local("4.7.0", host + " does not offer STARTTLS, which is required");
            }
            return capabilities;
        }
        SmtpReply reply = Replies.from(command("STARTTLS", settings.timeouts().greeting()));
        if (reply.code() != 220) {
            if (required || reply.code() == 421) {
                throw HostFailure.answered(host, reply);
            }
            return capabilities; // RFC 3207: a refused STARTTLS may go on in plain text
        }
        connection.startTls(tlsFactory, host.name(), settings.verifyCertificates(), settings.timeouts().connect());
        return hello(); // what was announced before TLS no longer counts (RFC 3207 section 4.2)
    }

    private void authenticate(Capabilities capabilities) throws IOException, HostFailure {
        if (!connection.isTls() && !settings.authWithoutTls()) {
            throw HostFailure.local("4.7.0", "not sending credentials to " + host + " without TLS");
        }
        new Authenticator(settings.credentials(), settings.timeouts().greeting())
                .authenticate(connection, capabilities.authMechanisms(), host);
    }

    /** Decides every pending recipient when the host cannot take this message at all. */
    private boolean refusedBeforeMail(Capabilities capabilities) {
        OptionalLong limit = capabilities.sizeLimit();
        long size = request.content().size();
        if (limit.isPresent() && size > limit.getAsLong()) {
            ledger.decideAll(ledger.pending(), DeliveryStatus.PERMANENT_FAILURE, new SmtpReply(552, "5.3.4",
                    "message of " + size + " bytes exceeds the limit of " + limit.getAsLong() + " bytes of " + host), null);
            return true;
        }
        if (request.needsSmtpUtf8() && !capabilities.has("SMTPUTF8")) {
            ledger.decideAll(ledger.pending(), DeliveryStatus.PERMANENT_FAILURE, new SmtpReply(553, "5.6.7",
                    host + " does not support SMTPUTF8, which this message needs"), null);
            return true;
        }
        return false;
    }

    private RawReply command(String line, Duration timeout) throws IOException {
        connection.write(line);
        connection.flush();
        return connection.readReply(timeout);
    }

    /** Says goodbye; the outcome is already decided, so no failure here matters. */
    private void quit() {
        try {
            Duration timeout = settings.timeouts().greeting();
            command("QUIT", timeout.compareTo(MAX_QUIT_WAIT) < 0 ? timeout : MAX_QUIT_WAIT);
        } catch (IOException ignored) {
            // the server may already have closed the connection
        }
    }
}
