package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.flutemail.domain.Account;
import org.flutemail.domain.ImportedMessage;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MessageFlags;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.MigrationRepository;
import org.flutemail.domain.StoredMessage;
import org.flutemail.migration.TargetFolder;

/**
 * Puts imported messages into an account's folders, each in a short transaction of its own: the
 * mailbox row locked for its UID, the message row and its source key inserted together, so that a
 * crash leaves either both or neither. Unlike {@link LocalMailStore} it keeps the old flags and
 * internal date, creates folders as the source has them, and does not check the quota (the old mail
 * must arrive whole; an administrator raises the quota afterwards if needed).
 */
@ApplicationScoped
public class MailboxImportStore {

    @Inject
    Lookups lookups;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    MigrationRepository migrations;

    @Inject
    Clock clock;

    @Inject
    MessageStructures structures;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> importedKeys(String address) {
        return migrations.importedKeys(lookups.account(address));
    }

    /** Creates the folder and any missing parent; an existing one keeps its special use. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensureFolder(String address, TargetFolder folder) {
        Account account = lookups.account(address);
        long uidValidity = account.nextUidValidity(clock.instant());
        for (String parent : folder.ancestors()) {
            if (mailboxes.byName(account, parent).isEmpty()) {
                mailboxes.add(new Mailbox(account, parent, null, uidValidity));
            }
        }
        if (mailboxes.byName(account, folder.name()).isEmpty()) {
            mailboxes.add(new Mailbox(account, folder.name(), folder.specialUse(), uidValidity));
        }
    }

    /**
     * Adds the message whose content is already durable in the blob store; false when its source key
     * is recorded already (checked under the mailbox lock, which every import into the folder takes).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(String address, String folder, String sourceKey, String blobKey, long size,
            MessageSummary summary, MessageFlags flags, Instant internalDate) {
        Account account = lookups.account(address);
        Mailbox mailbox = mailboxes.lockByName(account, folder)
                .orElseThrow(() -> new IllegalStateException("account " + address + " has no folder " + folder));
        if (migrations.imported(account, sourceKey)) {
            return false;
        }
        StoredMessage message = StoredMessage.imported(mailbox, blobKey, size, summary, flags, internalDate);
        messages.add(message);
        try {
            structures.stored(message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content just stored for " + blobKey, e);
        }
        migrations.recordImport(new ImportedMessage(account.id(), sourceKey, message.id(), clock.instant()));
        return true;
    }
}
