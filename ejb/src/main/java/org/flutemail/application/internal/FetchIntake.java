package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.FetchAccountRepository;
import org.flutemail.domain.FetchedMessage;
import org.flutemail.domain.Mailbox;
import org.flutemail.fetch.RemoteMessage;

/**
 * Takes one collected message in: into the spool, exactly as SMTP mail is (so the whole pipeline runs
 * on it), with the Flute account as its only recipient, and its remote id recorded in the same
 * transaction. The transaction is the message's own: one that fails takes nothing else back with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FetchIntake {


    @Inject
    SpoolService spool;

    @Inject
    FetchAccountRepository fetchAccounts;

    @Inject
    Clock clock;

    /** The stored host name, else the configured one: read at each use, so a change applies to the next message. */
    @Inject
    StoredSettings settings;

    /** False, storing nothing, if the message was taken in before. */
    public boolean accept(FetchJob job, String serverAddress, RemoteMessage message, Path content) throws IOException {
        if (fetchAccounts.wasFetched(job.fetchAccountId(), message.id())) {
            return false;
        }
        Instant now = clock.instant();
        // The null sender: the message came with no SMTP envelope, and nothing about it may ever bounce
        // to whoever sent it to the outside mailbox.
        Envelope envelope = new Envelope("", List.of(job.owner()), now, serverAddress, job.endpoint().host(),
                settings.hostName(), job.endpoint().protocol().name(), "", "", null,
                Mailbox.INBOX.equals(job.targetFolder()) ? null : job.targetFolder());
        String queueId;
        try (InputStream in = Files.newInputStream(content)) {
            queueId = spool.accept(envelope, in);
        }
        fetchAccounts.recordFetched(new FetchedMessage(job.fetchAccountId(), message.id(), queueId, now));
        return true;
    }
}
