package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MailboxStatistics;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.StoredMessage;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetException;

/**
 * Puts a mail into a local mailbox, exactly once per (queue id, recipient, mailbox).
 *
 * <p>The stored bytes are the mail's prepended headers followed by its original content, written as a
 * blob of their own. Within one pipeline run ({@link Run}) that blob and its parsed summary are made
 * once and shared by every recipient, and content addressing lets identical copies share one file.
 */
@ApplicationScoped
public class LocalMailStore {

    private static final int MAX_DELIVERY_KEY = 400;

    @Inject
    AccountRepository accounts;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    BlobStore blobs;

    /** What one pipeline run has already written, keyed by the mail's content and prepended headers. */
    public static final class Run {
        private final Map<String, Materialized> materialized = new HashMap<>();
    }

    private record Materialized(BlobKey key, long size, MessageSummary summary) {
    }

    public Run newRun() {
        return new Run();
    }

    /** Stores the mail for the recipient; false when it was stored before (a repeated queue entry). */
    public boolean store(Run run, Mail mail, String recipient, String mailboxName, Instant now) throws MailetException {
        String deliveryKey = deliveryKey(mail.queueId(), recipient, mailboxName);
        if (messages.deliveryRecorded(deliveryKey)) {
            return false;
        }
        Account account = accounts.byAddress(recipient)
                .filter(Account::canReceive)
                .orElseThrow(() -> new MailetException("no active account " + recipient));
        Materialized content = materialize(run, mail);
        checkQuota(account, content.size());
        Mailbox mailbox = mailboxes.lockByName(account, mailboxName)
                .orElseThrow(() -> new MailetException("account " + recipient + " has no mailbox " + mailboxName));
        messages.add(StoredMessage.deliveredTo(mailbox, content.key().value(), content.size(), content.summary(), now,
                deliveryKey));
        return true;
    }

    private void checkQuota(Account account, long incoming) throws MailetException {
        Long quota = account.quotaBytes();
        if (quota == null) {
            return;
        }
        long used = mailboxes.statistics(account).stream().mapToLong(MailboxStatistics::size).sum();
        if (used + incoming > quota) {
            throw new MailetException("mailbox " + account.address() + " is full (" + used + " of " + quota
                    + " octets used)");
        }
    }

    private Materialized materialize(Run run, Mail mail) {
        byte[] prefix = mail.prefix();
        String cacheKey = mail.contentKey() + ":" + Arrays.hashCode(prefix) + ":" + prefix.length;
        return run.materialized.computeIfAbsent(cacheKey, k -> {
            try {
                BlobKey original = new BlobKey(mail.contentKey());
                BlobKey key = prefix.length == 0 ? original : blobs.put(new SequenceInputStream(
                        new ByteArrayInputStream(prefix), blobs.open(original)));
                MessageSummary summary;
                try (InputStream in = blobs.open(key)) {
                    summary = MessageSummaryReader.read(in);
                }
                return new Materialized(key, blobs.size(key), summary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the content of " + mail.queueId(), e);
            }
        });
    }

    /** Unique per delivery; long recipient or mailbox names are hashed to fit the column. */
    static String deliveryKey(String queueId, String recipient, String mailbox) {
        String key = queueId + "/" + recipient + "/" + mailbox;
        if (key.length() <= MAX_DELIVERY_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return queueId + "/sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
