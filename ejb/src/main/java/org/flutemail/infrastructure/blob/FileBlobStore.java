package org.flutemail.infrastructure.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobNotFoundException;
import org.flutemail.domain.BlobStore;

/**
 * Content-addressed files: {@code root/ab/abcd…} for SHA-256 {@code abcd…}. The 256 directories are
 * made when the store opens, so that a put never creates a directory and needs exactly two syncs
 * (the file, and the directory that received it). A million messages make about 4,000 files a
 * directory, which ext4 and XFS handle without effort.
 *
 * <p>A put writes to {@code root/tmp}, fsyncs the file, renames it into place atomically and fsyncs
 * the directory that received it. Only then is the rename itself durable, so a crash at any point
 * leaves either no blob or the whole blob under its key, never a torn one. Leftovers in {@code tmp}
 * after a crash are garbage and are swept on start.
 */
public class FileBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;

    public FileBlobStore(Path root) throws IOException {
        this.root = root;
        this.tmp = root.resolve("tmp");
        Files.createDirectories(tmp);
        for (int i = 0; i < 256; i++) {
            Files.createDirectories(root.resolve(String.format("%02x", i)));
        }
        fsyncDirectory(root);
        sweepTemporaryFiles();
    }

    @Override
    public BlobKey put(InputStream content) throws IOException {
        Path temp = tmp.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha256 = sha256();
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
                content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            BlobKey key = new BlobKey(HexFormat.of().formatHex(sha256.digest()));
            Path target = pathOf(key);
            if (Files.exists(target)) {
                // Same bytes are already durable under this key: nothing more to keep.
                Files.delete(temp);
                return key;
            }
            moveAtomically(temp, target);
            fsyncDirectory(target.getParent());
            return key;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(BlobKey key) throws IOException {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public boolean contains(BlobKey key) {
        return Files.exists(pathOf(key));
    }

    @Override
    public long size(BlobKey key) throws IOException {
        try {
            return Files.size(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public void delete(BlobKey key) throws IOException {
        Path path = pathOf(key);
        if (Files.deleteIfExists(path)) {
            fsyncDirectory(path.getParent());
        }
    }

    Path pathOf(BlobKey key) {
        String v = key.value();
        return root.resolve(v.substring(0, 2)).resolve(v);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // Another writer stored the same content meanwhile; its copy is as good as ours.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob store at " + from.getParent().getParent()
                    + " needs a file system with atomic rename", e);
        }
    }

    private static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private void sweepTemporaryFiles() throws IOException {
        try (var leftovers = Files.list(tmp)) {
            for (Path p : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
