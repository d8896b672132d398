package org.flutemail.infrastructure.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.BlobStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    protected BlobStore store() throws IOException {
        return new FileBlobStore(root);
    }

    @Test
    void blobsLiveInDirectoriesNamedByTheFirstByteOfTheirKey() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        BlobKey key = store.put(new ByteArrayInputStream(randomBytes(10, 9)));
        String v = key.value();
        assertThat(root.resolve(v.substring(0, 2)).resolve(v)).isRegularFile();
        try (var dirs = Files.list(root)) {
            assertThat(dirs.filter(Files::isDirectory).count()).as("00..ff, tmp and sweeping").isEqualTo(258);
        }
        try (var tmp = Files.list(root.resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
    }

    @Test
    void halfWrittenFilesLeftByACrashAreSweptOnStart() throws Exception {
        Files.createDirectories(root.resolve("tmp"));
        Files.write(root.resolve("tmp").resolve("dead.part"), new byte[] {1, 2, 3});
        new FileBlobStore(root);
        try (var tmp = Files.list(root.resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
    }

    @Test
    void aBlobACrashLeftSetAsideIsPutBackOnStart() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        byte[] content = randomBytes(100, 11);
        BlobKey key = store.put(new ByteArrayInputStream(content));
        Files.move(store.pathOf(key), root.resolve("sweeping").resolve(key.value()));
        Files.write(root.resolve("sweeping").resolve("not-a-key"), new byte[] {1});
        assertThat(store.contains(key)).isFalse();

        FileBlobStore reopened = new FileBlobStore(root);
        assertThat(reopened.contains(key)).isTrue();
        try (var in = reopened.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }
}
