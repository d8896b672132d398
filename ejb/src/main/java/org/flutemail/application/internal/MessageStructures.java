package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageStructure;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.MessageStructureRepository;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.session.FetchPreparation;
import org.flutemail.protocol.imap.store.ImapStore.PreparedFetch;

/**
 * Prepares a message's IMAP structures ({@link MessageStructure}) when the message is stored, with the
 * code IMAP FETCH writes them with ({@link FetchPreparation}), and hands them out: FETCH of headers and
 * structures, and SEARCH and SORT on header fields, then read no blob. A message stored before there
 * were structures gets its own on first use.
 */
@ApplicationScoped
public class MessageStructures {

    private static final Logger LOG = Logger.getLogger(MessageStructures.class.getName());

    @Inject
    MessageStructureRepository structures;

    @Inject
    MessageStructureBackfill backfill;

    @Inject
    BlobStore blobs;

    @Inject
    MessageRepository messages;

    /** A message just added in this transaction, whose octets the caller has at hand. */
    public void stored(StoredMessage message, byte[] content) {
        structures.add(of(message.id(), FetchPreparation.prepare(content)));
    }

    /** A message just added in this transaction, whose octets are in the blob store. */
    public void stored(StoredMessage message) throws IOException {
        stored(message, read(message));
    }

    /**
     * The structures of a message delivered in this transaction, for its caller to write: from the
     * octets in hand when the delivery kept them, else read from the blob.
     */
    public MessageStructure delivered(long messageId, ContentMaterializer.Materialized content) throws IOException {
        byte[] octets = content.octets() != null ? content.octets() : read(content.key());
        return of(messageId, FetchPreparation.prepare(octets));
    }

    /** A copy just added in this transaction shares its original's structure. */
    public void copied(StoredMessage original, StoredMessage copy) {
        structures.copy(original.id(), copy.id());
    }

    /**
     * The structures of the messages, by message id; those that have none yet are prepared from their
     * blobs now and kept for next time.
     */
    public Map<Long, PreparedFetch> prepared(List<StoredMessage> messages) throws IOException {
        Map<Long, MessageStructure> stored = structures.byMessageIds(messages.stream().map(StoredMessage::id).toList());
        Map<Long, PreparedFetch> prepared = new HashMap<>();
        List<MessageStructure> missing = new ArrayList<>();
        for (StoredMessage message : messages) {
            MessageStructure structure = stored.get(message.id());
            if (structure == null) {
                structure = of(message.id(), FetchPreparation.prepare(read(message)));
                missing.add(structure);
            }
            prepared.put(message.id(), new PreparedFetch(structure.header(), structure.envelope(), structure.body(),
                    structure.bodyStructure()));
        }
        if (!missing.isEmpty()) {
            try {
                backfill.add(missing);
            } catch (RuntimeException e) {
                // Another session prepared one of them at the same moment: what we computed still answers.
                LOG.log(Level.FINE, "structures not kept this time", e);
            }
        }
        return prepared;
    }

    /**
     * The header octets of the mailbox's messages, for searches on header fields: the stored ones,
     * loaded together on first need, else the message's whole octets (whose header is the same).
     */
    public ImapSearch.ContentSource headersIn(Mailbox mailbox) {
        return new ImapSearch.ContentSource() {
            private Map<Long, byte[]> headers;

            @Override
            public byte[] read(StoredMessage message) throws IOException {
                if (headers == null) {
                    headers = structures.headersIn(mailbox);
                }
                byte[] header = headers.get(message.id());
                return header != null ? header : MessageStructures.this.read(message);
            }
        };
    }

    /**
     * The header octets of the mailbox's messages with {@code fromUid <= uid < belowUid}, by UID in UID
     * order: the stored ones, else the message's whole octets (whose header is the same).
     */
    public Map<Long, byte[]> headersByUid(Mailbox mailbox, long fromUid, long belowUid) throws IOException {
        Map<Long, byte[]> headers = structures.headersByUid(mailbox, fromUid, belowUid);
        List<Long> missing = headers.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            for (StoredMessage message : messages.byUids(mailbox, missing)) {
                headers.put(message.uid(), read(message));
            }
            // Removed since the first query: nothing to search in.
            headers.values().removeIf(Objects::isNull);
        }
        return headers;
    }

    byte[] read(StoredMessage message) throws IOException {
        return read(new BlobKey(message.blobKey()));
    }

    private byte[] read(BlobKey key) throws IOException {
        try (InputStream in = blobs.open(key)) {
            return in.readAllBytes();
        }
    }

    private static MessageStructure of(long messageId, PreparedFetch prepared) {
        return new MessageStructure(messageId, prepared.header(), prepared.envelope(), prepared.body(),
                prepared.bodyStructure());
    }
}
