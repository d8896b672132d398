package org.flutemail.infrastructure.blob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.flutemail.domain.BlobStore;
import org.flutemail.infrastructure.startup.ServerSettings;

/** Makes the application's blob store: {@code <data dir>/blobs}, see {@link ServerSettings#dataDirectory()}. */
@ApplicationScoped
public class BlobStoreProducer {

    @Produces
    @ApplicationScoped
    public BlobStore blobStore() {
        Path root = ServerSettings.dataDirectory().resolve("blobs");
        try {
            return new FileBlobStore(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the blob store at " + root
                    + ": check that the directory exists and the server may write to it", e);
        }
    }
}
