package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.MessageSummary;
import org.flutemail.pipeline.Mail;

/**
 * Writes a mail as it is now (its prepended headers, then the original bytes) as a blob of its own,
 * and reads its list summary. Within one pipeline run ({@link Run}) each distinct state of a mail is
 * written once however many recipients and destinations share it; content addressing lets identical
 * copies share one file anyway.
 */
@ApplicationScoped
public class ContentMaterializer {

    @Inject
    BlobStore blobs;

    /**
     * What one pipeline run has already written: contents, keyed by the mail's content and prepended
     * headers, and the deliveries made (an alias and its target can both lead to one mailbox).
     */
    public static final class Run {
        private final Map<String, Materialized> materialized = new HashMap<>();
        private final Set<String> deliveries = new HashSet<>();

        /** False when this run has already made the delivery with this key. */
        boolean firstDelivery(String deliveryKey) {
            return deliveries.add(deliveryKey);
        }
    }

    /**
     * The written content; {@code octets} holds its bytes for a mail small enough to keep in memory
     * ({@link #KEPT_OCTETS}), so that what is prepared from them at delivery needs no second read of the
     * blob, and is null for a larger one.
     */
    public record Materialized(BlobKey key, long size, MessageSummary summary, byte[] octets) {
    }

    /** Mails up to this size are kept in memory while they are delivered. */
    static final int KEPT_OCTETS = 1024 * 1024;

    public Run newRun() {
        return new Run();
    }

    public Materialized materialize(Run run, Mail mail) {
        byte[] prefix = mail.prefix();
        byte[] rewritten = mail.rewrittenContent().orElse(null);
        String content = rewritten == null ? mail.contentKey()
                : "rewritten:" + Arrays.hashCode(rewritten) + ":" + rewritten.length;
        String cacheKey = content + ":" + Arrays.hashCode(prefix) + ":" + prefix.length;
        return run.materialized.computeIfAbsent(cacheKey, k -> {
            try {
                if (rewritten != null) {
                    return rewritten(prefix, rewritten);
                }
                BlobKey original = new BlobKey(mail.contentKey());
                if (mail.size() <= KEPT_OCTETS) {
                    return kept(original, prefix);
                }
                if (prefix.length == 0) {
                    try (InputStream in = blobs.open(original)) {
                        return new Materialized(original, blobs.size(original), MessageSummaryReader.read(in), null);
                    }
                }
                // The summary is read from the header as it is written, not from the new blob again.
                try (InputStream in = blobs.open(original);
                     HeaderCapture written = new HeaderCapture(new SequenceInputStream(
                             new ByteArrayInputStream(prefix), in), MessageSummaryReader.MAX_HEADER_OCTETS)) {
                    BlobKey key = blobs.put(written);
                    return new Materialized(key, mail.size(),
                            MessageSummaryReader.read(written.header()), null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the content of " + mail.queueId(), e);
            }
        });
    }

    /**
     * Content a mailet rewrote (the disclaimer) is in memory and in no blob yet: it is written here, in
     * the run's transaction, as the one blob the delivery or queue row refers to (ADR 0020).
     */
    private Materialized rewritten(byte[] prefix, byte[] rewritten) throws IOException {
        byte[] octets = prefix.length == 0 ? rewritten : concat(prefix, rewritten);
        BlobKey key = blobs.put(new ByteArrayInputStream(octets));
        return new Materialized(key, octets.length, MessageSummaryReader.read(new ByteArrayInputStream(octets)),
                octets.length <= KEPT_OCTETS ? octets : null);
    }

    private Materialized kept(BlobKey original, byte[] prefix) throws IOException {
        byte[] octets;
        try (InputStream in = blobs.open(original)) {
            byte[] body = in.readAllBytes();
            octets = prefix.length == 0 ? body : concat(prefix, body);
        }
        BlobKey key = prefix.length == 0 ? original : blobs.put(new ByteArrayInputStream(octets));
        return new Materialized(key, octets.length, MessageSummaryReader.read(new ByteArrayInputStream(octets)),
                octets);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
