package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} must do. An implementation's test extends this and supplies a fresh,
 * empty store.
 */
public abstract class BlobStoreContract {

    protected abstract BlobStore store() throws IOException;

    @Test
    void whatIsPutReadsBackByteForByte() throws Exception {
        BlobStore store = store();
        byte[] content = randomBytes(300_000, 1);
        BlobKey key = store.put(new ByteArrayInputStream(content));
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.size(key)).isEqualTo(content.length);
        assertThat(store.contains(key)).isTrue();
    }

    @Test
    void theKeyIsTheSha256OfTheContent() throws Exception {
        byte[] content = "Subject: hello\r\n\r\n你好\r\n".getBytes(StandardCharsets.UTF_8);
        BlobKey key = store().put(new ByteArrayInputStream(content));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(key.value()).isEqualTo(expected);
    }

    @Test
    void identicalContentGetsOneKey() throws Exception {
        BlobStore store = store();
        byte[] content = randomBytes(10_000, 2);
        BlobKey a = store.put(new ByteArrayInputStream(content));
        BlobKey b = store.put(new ByteArrayInputStream(content));
        assertThat(a).isEqualTo(b);
        try (InputStream in = store.open(a)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void emptyContentIsABlobToo() throws Exception {
        BlobStore store = store();
        BlobKey key = store.put(new ByteArrayInputStream(new byte[0]));
        assertThat(store.size(key)).isZero();
    }

    @Test
    void unknownKeysFailClearly() throws Exception {
        BlobStore store = store();
        BlobKey unknown = new BlobKey("0".repeat(64));
        assertThat(store.contains(unknown)).isFalse();
        assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> store.size(unknown)).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    void aSweepConsidersOnlyBlobsNoPutHasStoredOrFoundSince() throws Exception {
        BlobStore store = store();
        Instant before = Instant.now().minusSeconds(60);
        BlobKey key = store.put(new ByteArrayInputStream(randomBytes(100, 3)));
        String prefix = key.value().substring(0, 2);
        assertThat(store.untouchedSince(prefix, Instant.now().plusSeconds(60))).containsExactly(key);
        assertThat(store.untouchedSince(prefix, before)).isEmpty();
        String other = BlobKey.prefixes().stream().filter(p -> !p.equals(prefix)).findFirst().orElseThrow();
        assertThat(store.untouchedSince(other, Instant.now().plusSeconds(60))).isEmpty();
        assertThatThrownBy(() -> store.untouchedSince("../", Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlobNothingRefersToIsRemovedOnce() throws Exception {
        BlobStore store = store();
        BlobKey key = store.put(new ByteArrayInputStream(randomBytes(100, 3)));
        Instant later = Instant.now().plusSeconds(60);
        assertThat(store.removeIfUnused(key, later, k -> false)).isTrue();
        assertThat(store.contains(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(BlobNotFoundException.class);
        assertThat(store.removeIfUnused(key, later, k -> false)).as("already gone").isFalse();
    }

    @Test
    void aBlobSomethingRefersToStaysWhole() throws Exception {
        BlobStore store = store();
        byte[] content = randomBytes(5000, 5);
        BlobKey key = store.put(new ByteArrayInputStream(content));
        List<BlobKey> asked = new ArrayList<>();
        assertThat(store.removeIfUnused(key, Instant.now().plusSeconds(60), k -> asked.add(k))).isFalse();
        assertThat(asked).containsExactly(key);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aBlobAPutFoundAgainSinceStays() throws Exception {
        BlobStore store = store();
        byte[] content = randomBytes(5000, 6);
        BlobKey key = store.put(new ByteArrayInputStream(content));
        Instant since = Instant.now();
        store.put(new ByteArrayInputStream(content)); // a new message with the same content, not committed yet
        assertThat(store.untouchedSince(key.value().substring(0, 2), since)).doesNotContain(key);
        assertThat(store.removeIfUnused(key, since, k -> false)).isFalse();
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aPutOfTheSameContentWhileTheSweepDecidesKeepsItsContent() throws Exception {
        BlobStore store = store();
        byte[] content = randomBytes(5000, 7);
        BlobKey key = store.put(new ByteArrayInputStream(content));
        boolean removed = store.removeIfUnused(key, Instant.now().plusSeconds(60), k -> {
            try {
                assertThat(store.put(new ByteArrayInputStream(content))).isEqualTo(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        });
        assertThat(removed).as("the old copy was removed").isTrue();
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).as("the new copy the put stored").isEqualTo(content);
        }
    }

    @Test
    void aFailingSourceLeavesNoBlob() throws Exception {
        BlobStore store = store();
        byte[] prefix = randomBytes(5000, 4);
        InputStream failing = new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read == prefix.length) {
                    throw new IOException("client went away");
                }
                return prefix[read++] & 0xff;
            }
        };
        assertThatThrownBy(() -> store.put(failing)).isInstanceOf(IOException.class);
        BlobKey ofPrefix = new BlobKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(prefix)));
        assertThat(store.contains(ofPrefix)).isFalse();
    }

    @Test
    void concurrentWritersOfTheSameAndOtherContentAllSucceed() throws Exception {
        BlobStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Set<BlobKey> keys = ConcurrentHashMap.newKeySet();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                byte[] content = randomBytes(20_000, i % 8);
                futures.add(pool.submit(() -> {
                    keys.add(store.put(new ByteArrayInputStream(content)));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            assertThat(keys).hasSize(8);
            for (int i = 0; i < 8; i++) {
                byte[] expected = randomBytes(20_000, i);
                BlobKey key = new BlobKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected)));
                try (InputStream in = store.open(key)) {
                    assertThat(in.readAllBytes()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    protected static byte[] randomBytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
