package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.ForwardingLoop;

/**
 * Forwards a message, unchanged but for a {@code Delivered-To} field naming the forwarding account in
 * front (the loop check, {@link ForwardingLoop}), as new mail spooled in the delivery's transaction.
 * The envelope sender is the forwarding account, not the original sender (ADR 0009): SPF at the
 * destination then checks this server against the account's own domain, and bounces come back to
 * the person who set up the forwarding, who can fix it, instead of puzzling the original sender.
 */
@ApplicationScoped
public class MailForwarder {


    @Inject
    SpoolService spool;
    /** The stored host name, else the configured one: read at each use, so a change applies to the next message. */
    @Inject
    StoredSettings settings;


    /** Forwards {@code original} (the mail as it is now; closed here) to {@code targets}. */
    public void forward(InputStream original, String account, List<String> targets, Instant now) throws IOException {
        byte[] loopMark = (ForwardingLoop.HEADER + ": " + account + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try (InputStream content = new SequenceInputStream(new ByteArrayInputStream(loopMark), original)) {
            String serverName = settings.hostName();
            spool.accept(new Envelope(account, targets, now, "127.0.0.1", serverName, serverName, "LOCAL", "",
                    account, null), content);
        }
    }
}
