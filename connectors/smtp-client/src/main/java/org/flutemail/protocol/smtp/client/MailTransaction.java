package org.flutemail.protocol.smtp.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.protocol.smtp.client.route.RemoteHost;
import org.flutemail.protocol.smtp.client.transport.Capabilities;
import org.flutemail.protocol.smtp.client.transport.DotStuffingOutputStream;
import org.flutemail.protocol.smtp.client.transport.SmtpConnection;

/**
 * MAIL, the RCPTs and DATA for the recipients still pending. With PIPELINING (RFC 2920) MAIL and
 * every RCPT go out in one write and the replies are read in order; without it each waits for its
 * reply. Each RCPT reply decides its recipient when negative, so one bad address does not hold up
 * the others, and a 452 ("too many recipients", RFC 5321 section 4.5.3.1.10) leaves the rest
 * temporary for the queue to send later.
 */
final class MailTransaction {

    private final SmtpConnection connection;
    private final DeliveryRequest request;
    private final RecipientLedger ledger;
    private final RemoteHost host;
    private final Timeouts timeouts;

    MailTransaction(SmtpConnection connection, DeliveryRequest request, RecipientLedger ledger, RemoteHost host,
                    Timeouts timeouts) {
        this.connection = connection;
        this.request = request;
        this.ledger = ledger;
        this.host = host;
        this.timeouts = timeouts;
    }

    void run(Capabilities capabilities) throws IOException, HostFailure {
        MailCommands commands = new MailCommands(request, capabilities);
        List<Integer> pending = ledger.pending();
        boolean pipelining = capabilities.has("PIPELINING");
        connection.write(commands.mail());
        if (pipelining) {
            for (int index : pending) {
                connection.write(commands.rcpt(ledger.recipient(index)));
            }
        }
        connection.flush();
        SmtpReply mail = read(timeouts.mail());
        if (!mail.isPositive()) {
            mailRefused(mail, pending, pipelining);
            return;
        }
        List<Integer> accepted = new ArrayList<>();
        for (int index : pending) {
            if (!pipelining) {
                connection.write(commands.rcpt(ledger.recipient(index)));
                connection.flush();
            }
            SmtpReply rcpt = read(timeouts.rcpt());
            if (rcpt.isPositive()) {
                accepted.add(index);
            } else {
                decideOne(index, rcpt);
            }
        }
        if (!accepted.isEmpty()) {
            data(accepted, capabilities.has("DSN"));
        }
    }

    private void mailRefused(SmtpReply mail, List<Integer> pending, boolean pipelining) throws IOException, HostFailure {
        if (!mail.isPermanentNegative()) {
            throw HostFailure.answered(host, mail); // busy or 421: another host may take it
        }
        ledger.decideAll(pending, DeliveryStatus.PERMANENT_FAILURE, mail, host.name());
        if (pipelining) {
            for (int i = 0; i < pending.size(); i++) {
                read(timeouts.rcpt()); // the RCPT replies still on their way; keeps the dialogue in step for QUIT
            }
        }
    }

    private void decideOne(int index, SmtpReply reply) throws HostFailure {
        if (reply.code() == 421) {
            throw HostFailure.answered(host, reply); // the server is closing: the rest go to another host
        }
        DeliveryStatus status = reply.isTransientNegative() ? DeliveryStatus.TEMPORARY_FAILURE : DeliveryStatus.PERMANENT_FAILURE;
        ledger.decide(index, status, reply, host.name());
    }

    private void data(List<Integer> accepted, boolean remoteReports) throws IOException, HostFailure {
        connection.write("DATA");
        connection.flush();
        SmtpReply go = read(timeouts.dataInitiation());
        if (go.code() != 354) {
            if (go.code() == 421) {
                throw HostFailure.answered(host, go);
            }
            decideAll(accepted, go, false);
            return;
        }
        try (InputStream content = request.content().openStream()) {
            DotStuffingOutputStream out = connection.contentStream();
            content.transferTo(out);
            out.finish();
        }
        SmtpReply end;
        try {
            end = read(timeouts.dataTermination());
        } catch (IOException lost) {
            // The server may have taken the message: sending it to another host now could deliver it
            // twice (RFC 5321 section 6.1), so these recipients wait for the next attempt instead.
            ledger.decideAll(accepted, DeliveryStatus.TEMPORARY_FAILURE, new SmtpReply(451, "4.4.2",
                    "no reply from " + host + " after the end of data: " + lost.getMessage()), null);
            return;
        }
        decideAll(accepted, end, remoteReports);
    }

    private void decideAll(List<Integer> indexes, SmtpReply reply, boolean remoteReports) {
        DeliveryStatus status = reply.isPositive() ? DeliveryStatus.DELIVERED
                : reply.isTransientNegative() ? DeliveryStatus.TEMPORARY_FAILURE : DeliveryStatus.PERMANENT_FAILURE;
        ledger.decideAll(indexes, status, reply, host.name(), remoteReports && reply.isPositive());
    }

    private SmtpReply read(java.time.Duration timeout) throws IOException {
        return Replies.from(connection.readReply(timeout));
    }
}
