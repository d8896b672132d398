package org.flutemail.infrastructure.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
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
 *
 * <p>A blob's modification time says when a put last stored or found it: a put that finds its content
 * present sets it to now. A sweep moves a candidate into {@code root/sweeping}, where no put finds it,
 * and only then checks that time and the references again; it deletes the blob or moves it back.
 * Whatever a crash leaves in {@code sweeping} had not been decided, so it is moved back on start.
 */
public class FileBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;
    private final Path sweeping;

    public FileBlobStore(Path root) throws IOException {
        this.root = root;
        this.tmp = root.resolve("tmp");
        this.sweeping = root.resolve("sweeping");
        Files.createDirectories(tmp);
        Files.createDirectories(sweeping);
        for (String prefix : BlobKey.prefixes()) {
            Files.createDirectories(root.resolve(prefix));
        }
        fsyncDirectory(root);
        sweepTemporaryFiles();
        putBackUndecided();
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
            if (markedWanted(target)) {
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
    public List<BlobKey> untouchedSince(String prefix, Instant since) throws IOException {
        if (!BlobKey.prefixes().contains(prefix)) {
            throw new IllegalArgumentException("not a key prefix: " + prefix);
        }
        List<BlobKey> keys = new ArrayList<>();
        try (DirectoryStream<Path> blobs = Files.newDirectoryStream(root.resolve(prefix))) {
            for (Path blob : blobs) {
                Instant touched = lastTouched(blob);
                if (touched != null && touched.isBefore(since)) {
                    keys.add(new BlobKey(blob.getFileName().toString()));
                }
            }
        }
        return keys;
    }

    @Override
    public boolean removeIfUnused(BlobKey key, Instant since, Predicate<BlobKey> referenced) throws IOException {
        Path blob = pathOf(key);
        Path setAside = sweeping.resolve(key.value());
        try {
            Files.move(blob, setAside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return false;
        }
        boolean unused;
        try {
            Instant touched = lastTouched(setAside);
            unused = touched != null && touched.isBefore(since) && !referenced.test(key);
        } catch (RuntimeException e) {
            putBack(setAside, blob);
            throw e;
        }
        if (!unused) {
            putBack(setAside, blob);
            return false;
        }
        Files.deleteIfExists(setAside);
        return true;
    }

    Path pathOf(BlobKey key) {
        String v = key.value();
        return root.resolve(v.substring(0, 2)).resolve(v);
    }

    /** Sets the blob's time to now so that a sweep leaves it; false when there is no such blob (any more). */
    private static boolean markedWanted(Path blob) throws IOException {
        try {
            Files.setLastModifiedTime(blob, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static Instant lastTouched(Path blob) throws IOException {
        try {
            return Files.getLastModifiedTime(blob).toInstant();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Replaces an identical copy a put may have stored meanwhile, which is harmless. Not synced: if a
     * crash undoes the move, the blob is back in {@code sweeping} and the next start moves it again.
     */
    private static void putBack(Path setAside, Path blob) throws IOException {
        try {
            Files.move(setAside, blob, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // Another node's start put it back already.
        }
    }

    private void putBackUndecided() throws IOException {
        try (DirectoryStream<Path> undecided = Files.newDirectoryStream(sweeping)) {
            for (Path p : undecided) {
                String name = p.getFileName().toString();
                if (BlobKey.isKey(name)) {
                    putBack(p, pathOf(new BlobKey(name)));
                }
            }
        }
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
