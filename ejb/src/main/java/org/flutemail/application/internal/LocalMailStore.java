package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.flutemail.application.MailEvents;
import org.flutemail.domain.Account;
import org.flutemail.domain.DeliveryRows;
import org.flutemail.domain.FlagColumns;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.builtin.LocalDelivery;

/**
 * Puts a mail into a local mailbox, exactly once per (queue id, recipient, mailbox).
 *
 * <p>Each delivery joins the pipeline's transaction, which is the database's alone and ends soon after
 * (the spool row marked done, one local commit; the broker's acknowledgement is a separate transaction,
 * ADR 0002). Handing out a UID needs the mailbox row's write lock until that commit. A mail for
 * several mailboxes holds their locks together; two such mails that take them in opposite orders are
 * a deadlock the database breaks by failing one, which the broker delivers again. A redelivered entry
 * finds the spool row done; within one run, a mailbox reached twice (an alias and its target) gets one
 * copy.
 *
 * <p>The stored bytes are the mail as it is now ({@link ContentMaterializer}), shared by every
 * recipient of one pipeline run. The rows are written as plain statements ({@link DeliveryRows}): this
 * is the hottest write path of the server, and the rules (quota, flags, the mailbox made on demand)
 * stay here.
 */
@ApplicationScoped
public class LocalMailStore {

    private static final int MAX_DELIVERY_KEY = 400;

    @Inject
    LocalAccounts accounts;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    DeliveryRows rows;

    @Inject
    ContentMaterializer materializer;

    @Inject
    MessageStructures structures;

    @Inject
    MailEvents events;

    @Inject
    DefaultMailboxRoom mailboxRoom;

    /** Stores the mail for the recipient; false when it was stored before (a repeated queue entry). */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean store(ContentMaterializer.Run run, Mail mail, String recipient, String mailboxName, Instant now)
            throws MailetException {
        String deliveryKey = deliveryKey(mail.queueId(), recipient, mailboxName);
        // No query for the key: a run that committed has marked its spool row done in the same commit,
        // and the pipeline runs only for a row it found still waiting and holds locked, so only this
        // run can have made the delivery. The unique delivery_key stays the database's backstop.
        if (!run.firstDelivery(deliveryKey)) {
            return false;
        }
        AccountFacts account = accounts.facts(recipient)
                .orElseThrow(() -> MailetException.withStatus("5.1.1", "no account " + recipient));
        if (!account.canReceive()) {
            throw MailetException.withStatus("5.2.1", "account " + recipient + " does not take mail now");
        }
        ContentMaterializer.Materialized content = materializer.materialize(run, mail);
        checkQuota(account, content.size());
        DeliveryRows.NewMessage message = new DeliveryRows.NewMessage(content.key().value(), content.size(),
                content.summary(), now, deliveryKey, FlagColumns.of(LocalDelivery.flagsOf(mail)));
        long id = rows.append(account.id(), mailboxName, message).orElseGet(() -> {
            created(recipient, mailboxName, now);
            return rows.append(account.id(), mailboxName, message).orElseThrow();
        });
        prepareForImap(id, content);
        events.delivered();
        return true;
    }

    private void prepareForImap(long messageId, ContentMaterializer.Materialized content) throws MailetException {
        try {
            rows.addStructure(structures.delivered(messageId, content));
        } catch (IOException e) {
            throw new MailetException("cannot read the content just stored for " + content.key().value(), e);
        }
    }

    /**
     * A folder someone asked mail to go to (a fetch account's target) that the user has since removed
     * or never had: made now rather than failing the delivery. The insert is written at once (its id is
     * the database's), so the delivery's own statements find the row, and holds its lock.
     */
    private void created(String recipient, String name, Instant now) {
        Account account = accounts.byAddress(recipient).orElseThrow();
        mailboxes.add(new Mailbox(account, name, null, account.nextUidValidity(now)));
    }

    private void checkQuota(AccountFacts account, long incoming) throws MailetException {
        Optional<String> full = mailboxRoom.refusesDelivery(account, incoming);
        if (full.isPresent()) {
            throw MailetException.withStatus("5.2.2", full.get());
        }
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
