package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.AuthenticationService;
import org.flutemail.application.ComposeService;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.application.RelayPolicy;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Account;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.store.ImapStore.NewMessage;
import org.flutemail.protocol.imap.store.StoreException;

/**
 * Sends as authenticated SMTP submission does ({@code SmtpReceiver}): the same ownership rules for
 * the sender and the From header ({@link AuthenticationService#owns}), the same recipient directory
 * and relay policy, and the same {@link SpoolService#acceptCommitted}, so the message is durable
 * before this returns and then runs through the pipeline (local delivery, DKIM signing, the outbound
 * queue). Sent and Drafts copies are written through the IMAP store, as an IMAP APPEND.
 *
 * <p>No container transaction: the spool write commits on its own (as for SMTP), and the Sent copy
 * and draft removal follow it, each committing as it returns.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultComposeService implements ComposeService {

    private static final Logger LOG = Logger.getLogger(DefaultComposeService.class.getName());
    static final String PROTOCOL = "HTTP";

    @Inject
    AuthenticationService authentication;

    @Inject
    RecipientDirectory directory;

    @Inject
    RelayPolicy relay;

    @Inject
    SpoolService spool;

    /** The stored host name, else the configured one: read at each use, so a change applies at once. */
    @Inject
    StoredSettings settings;

    @Inject
    ImapMailStore store;

    @Inject
    Lookups lookups;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    MessageRepository messages;

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    @Inject
    ScheduledMessages scheduled;

    @Inject
    RecipientGroups groups;

    @Override
    public String send(String account, String clientAddress, Composition message) {
        return submit(account, clientAddress, message,
                (envelope, content) -> spool.acceptCommitted(envelope, new ByteArrayInputStream(content)));
    }

    /** Where a checked message goes to become durable; returns its queue id once committed. */
    private interface Spooler {
        String spool(Envelope envelope, byte[] content) throws IOException;
    }

    private String submit(String account, String clientAddress, Composition typed, Spooler spooler) {
        Account sender = lookups.account(account);
        // Address groups become their members now, also for a message scheduled earlier.
        Composition message = groups.expand(sender, typed);
        List<String> recipients = recipients(message, clientAddress);
        if (recipients.isEmpty()) {
            throw new InvalidRequestException("no recipients");
        }
        MimeComposer.Origin origin = origin(sender);
        byte[] submitted = MimeComposer.write(message, origin, false);
        checkFrom(sender.address(), submitted);
        DeliveryOptions options = new DeliveryOptions(MimeComposer.sevenBit(submitted) ? "7BIT" : "8BITMIME",
                false, "", "", Map.of());
        Envelope envelope = new Envelope(sender.address(), recipients, origin.date(), clientAddress, "webmail",
                settings.hostName(), PROTOCOL, "", sender.address(), options);
        String queueId;
        try {
            queueId = spooler.spool(envelope, submitted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the message", e);
        }
        keepSentCopy(sender, message, origin);
        if (message.draftUid() != null) {
            removeDraft(sender, message.draftUid());
        }
        return queueId;
    }

    @Override
    public long saveDraft(String account, Composition message) {
        Account owner = lookups.account(account);
        Composition checked = groups.expand(owner, message);
        AddressLists.parse(checked.to());
        AddressLists.parse(checked.cc());
        AddressLists.parse(checked.bcc());
        String drafts = special(owner, "\\Drafts");
        byte[] content = MimeComposer.write(message, origin(owner), true);
        long uid;
        try {
            uid = store.append(owner.address(), drafts,
                    List.of(new NewMessage(Set.of("\\Draft", "\\Seen"), clock.instant(), content))).get(0).uid();
        } catch (StoreException e) {
            throw new InvalidRequestException("the draft cannot be saved: " + e.getMessage());
        }
        if (message.draftUid() != null) {
            removeDraft(owner, message.draftUid());
        }
        return uid;
    }

    @Override
    public Composition draft(String account, long uid) {
        Account owner = lookups.account(account);
        StoredMessage stored = stored(owner, special(owner, "\\Drafts"), uid);
        return DraftReader.read(content(stored)).withDraftUid(uid);
    }

    @Override
    public long schedule(String account, String clientAddress, Composition message, Instant sendAt) {
        Account owner = lookups.account(account);
        // Checked with the groups' members of today; kept with the groups, expanded again when sent.
        List<String> recipients = recipients(groups.expand(owner, message), clientAddress);
        if (recipients.isEmpty()) {
            throw new InvalidRequestException("no recipients");
        }
        byte[] content = MimeComposer.write(message, origin(owner), true);
        BlobKey key;
        try {
            key = blobs.put(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the message", e);
        }
        long id = scheduled.add(owner.address(), sendAt, clock.instant(), message.subject(),
                String.join(", ", recipients), key.value(), clientAddress);
        if (message.draftUid() != null) {
            removeDraft(owner, message.draftUid());
        }
        return id;
    }

    @Override
    public List<org.flutemail.application.ComposeViews.ScheduledView> scheduled(String account) {
        return scheduled.pending(account);
    }

    @Override
    public boolean cancelScheduled(String account, long id) {
        Optional<String> key = scheduled.cancel(account, id);
        if (key.isEmpty()) {
            return false;
        }
        Account owner = lookups.account(account);
        try (InputStream in = blobs.open(new BlobKey(key.get()))) {
            store.append(owner.address(), special(owner, "\\Drafts"),
                    List.of(new NewMessage(Set.of("\\Draft", "\\Seen"), clock.instant(), in.readAllBytes())));
        } catch (IOException | StoreException e) {
            LOG.log(Level.WARNING, "cancelled scheduled message " + id + " could not be put back into Drafts", e);
        }
        return true;
    }

    /** Submits as {@link #send} does, with the account and client recorded when it was scheduled. */
    @Override
    public void sendScheduled(long id) {
        Optional<ScheduledMessages.Due> due = scheduled.claim(id);
        if (due.isEmpty()) {
            return;
        }
        try (InputStream in = blobs.open(new BlobKey(due.get().blobKey()))) {
            Composition message = DraftReader.read(in.readAllBytes());
            // The spool row and the SENT mark commit together: a crash leaves the message either still
            // claimed (released and sent at the next start) or sent, never both.
            submit(due.get().account(), due.get().clientAddress(), message,
                    (envelope, content) -> scheduled.submit(id, envelope, content));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled message " + id + " could not be sent", e);
            scheduled.failed(id, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Attachment asAttachment(String account, String mailbox, long uid) {
        StoredMessage stored = stored(lookups.account(account), mailbox, uid);
        String subject = stored.subject() == null || stored.subject().isBlank() ? "message" : stored.subject();
        return new Attachment(subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".eml", "message/rfc822",
                content(stored));
    }

    /** The envelope recipients: To, Cc and Bcc once each, every one a place this sender may send to. */
    private List<String> recipients(Composition message, String clientAddress) {
        Set<String> all = new LinkedHashSet<>();
        for (String list : new String[] {message.to(), message.cc(), message.bcc()}) {
            for (String address : AddressLists.envelopeAddresses(list)) {
                String canonical = directory.canonical(address);
                switch (directory.statusOf(canonical)) {
                    case ACCOUNT:
                    case ALIAS:
                    case LIST:
                        break;
                    case NOT_LOCAL:
                        if (!relay.mayRelay(clientAddress, true)) {
                            throw new InvalidAddressException(address);
                        }
                        break;
                    default:
                        throw new InvalidAddressException(address);
                }
                all.add(canonical);
            }
        }
        return new ArrayList<>(all);
    }

    /** The From header is ours to write, but checked by the same rule as SMTP submission's. */
    private void checkFrom(String account, byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            authentication.foreignFromAddress(account, in).ifPresent(foreign -> {
                throw new InvalidAddressException(foreign);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keepSentCopy(Account sender, Composition message, MimeComposer.Origin origin) {
        try {
            store.append(sender.address(), special(sender, "\\Sent"), List.of(new NewMessage(Set.of("\\Seen"),
                    origin.date(), MimeComposer.write(message, origin, true))));
        } catch (StoreException | RuntimeException e) {
            // The message is already accepted and on its way: a missing copy must not make it look unsent.
            LOG.log(Level.WARNING, "sent mail of " + sender.address() + " could not be copied to Sent", e);
        }
    }

    private void removeDraft(Account owner, long uid) {
        try {
            long mailboxId = mailboxes.byName(owner, special(owner, "\\Drafts")).orElseThrow().id();
            store.storeFlags(owner.address(), mailboxId, List.of(uid), StoreMode.ADD, Set.of("\\Deleted"), -1);
            store.expunge(owner.address(), mailboxId, List.of(uid));
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "the old draft " + uid + " of " + owner.address() + " could not be removed", e);
        }
    }

    private MimeComposer.Origin origin(Account account) {
        Instant now = clock.instant();
        String domain = account.address().substring(account.address().indexOf('@') + 1);
        return new MimeComposer.Origin(account.address(), account.displayName(),
                "<" + UUID.randomUUID() + "@" + domain + ">", now);
    }

    private String special(Account account, String use) {
        return mailboxes.bySpecialUse(account, use).map(Mailbox::name).orElseThrow(() -> new NotFoundException("account " + account.address() + " has no "
                        + use + " folder"));
    }

    private StoredMessage stored(Account account, String mailbox, long uid) {
        Mailbox box = mailboxes.byName(account, mailbox)
                .orElseThrow(() -> new NotFoundException("no mailbox " + mailbox));
        return messages.byUid(box, uid).orElseThrow(() -> new NotFoundException("no message " + uid));
    }

    private byte[] content(StoredMessage m) {
        try (InputStream in = blobs.open(new BlobKey(m.blobKey()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message " + m.blobKey(), e);
        }
    }
}
