package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobReferences;
import org.flutemail.domain.BlobStore;
import org.flutemail.infrastructure.blob.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep over a real file store, with the database's answers kept in a set. */
class ContentSweepTest {

    /** Keys the tables hold; counts the questions so a test sees which were asked. */
    private static final class HeldKeys implements BlobReferences {
        final Set<String> keys = new HashSet<>();
        int prefixQuestions;

        @Override
        public Set<String> inUse(String prefix) {
            prefixQuestions++;
            return keys.stream().filter(k -> k.startsWith(prefix)).collect(Collectors.toSet());
        }

        @Override
        public boolean inUse(BlobKey key) {
            return keys.contains(key.value());
        }
    }

    @TempDir
    Path root;

    private final HeldKeys references = new HeldKeys();

    @Test
    void removesWhatNothingRefersToAndKeepsTheRest() throws IOException {
        BlobStore blobs = new FileBlobStore(root);
        List<BlobKey> stored = List.of(put(blobs, "expunged"), put(blobs, "in a mailbox"), put(blobs, "spool copy"));
        references.keys.add(stored.get(1).value());
        long expungedSize = blobs.size(stored.get(0)) + blobs.size(stored.get(2));

        ContentSweep.Outcome outcome = new ContentSweep(blobs, references).run(Instant.now().plusSeconds(60));

        assertThat(outcome.considered()).isEqualTo(3);
        assertThat(outcome.removed()).isEqualTo(2);
        assertThat(outcome.removedOctets()).isEqualTo(expungedSize);
        assertThat(blobs.contains(stored.get(0))).isFalse();
        assertThat(blobs.contains(stored.get(2))).isFalse();
        try (InputStream in = blobs.open(stored.get(1))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("in a mailbox");
        }
    }

    @Test
    void contentStoredSinceTheCutoffIsNotEvenConsidered() throws IOException {
        BlobStore blobs = new FileBlobStore(root);
        Instant cutoff = Instant.now().minusSeconds(3600);
        BlobKey fresh = put(blobs, "reference not committed yet");

        ContentSweep.Outcome outcome = new ContentSweep(blobs, references).run(cutoff);

        assertThat(outcome.considered()).isZero();
        assertThat(references.prefixQuestions).as("no candidates, no questions to the database").isZero();
        assertThat(blobs.contains(fresh)).isTrue();
    }

    @Test
    void aReferenceCommittedAfterThePrefixWasAskedStillKeepsTheBlob() throws IOException {
        BlobStore blobs = new FileBlobStore(root);
        BlobKey key = put(blobs, "moved into a mailbox meanwhile");
        BlobReferences late = new BlobReferences() {
            @Override
            public Set<String> inUse(String prefix) {
                return Set.of();
            }

            @Override
            public boolean inUse(BlobKey asked) {
                return asked.equals(key);
            }
        };

        ContentSweep.Outcome outcome = new ContentSweep(blobs, late).run(Instant.now().plusSeconds(60));

        assertThat(outcome.removed()).isZero();
        assertThat(blobs.contains(key)).isTrue();
    }

    private static BlobKey put(BlobStore blobs, String content) throws IOException {
        return blobs.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)));
    }
}
