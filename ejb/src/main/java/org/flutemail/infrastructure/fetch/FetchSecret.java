package org.flutemail.infrastructure.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.flutemail.fetch.PasswordCipher;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * The key that encrypts the passwords of outside mailboxes. Taken from {@code FLUTE_FETCH_SECRET}
 * ({@code flute.fetch.secret}: 32 bytes in base64) when set, else from {@code <data dir>/secrets/fetch.key},
 * which the first start writes with fresh random bytes, readable by the server's user only.
 *
 * <p>It is not in the database on purpose: a copy of the database alone does not give the passwords
 * away. Lose the key and the stored passwords cannot be read any more: each fetch account then fails
 * with "stored password unreadable" until its password is set again. Back it up apart from the database.
 */
@ApplicationScoped
public class FetchSecret {

    private static final Logger LOG = Logger.getLogger(FetchSecret.class.getName());

    private volatile PasswordCipher cipher;

    /** Read (or made) once, when the first password is encrypted or decrypted. */
    @Produces
    PasswordCipher passwordCipher() {
        PasswordCipher c = cipher;
        if (c == null) {
            synchronized (this) {
                if (cipher == null) {
                    String configured = ServerSettings.fetchSecret();
                    cipher = new PasswordCipher(configured != null ? decode(configured, "FLUTE_FETCH_SECRET")
                            : loadOrCreate(keyFile()));
                }
                c = cipher;
            }
        }
        return c;
    }

    static Path keyFile() {
        return ServerSettings.dataDirectory().resolve("secrets").resolve("fetch.key");
    }

    /** The key in {@code file}, made first (owner-only, synced) if there is none. */
    static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the fetch secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] key = new byte[PasswordCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        // Written under a temporary name and renamed, so a crash never leaves a half key that would
        // then be taken for the real one.
        Path temporary = dir.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (posix) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(text));
            channel.force(true);
        }
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // Another start won the race: its key is the one in use.
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file);
        }
        Files.deleteIfExists(temporary);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Not every file system lets a directory be synced; the key file itself is.
        }
        LOG.warning(() -> "generated the secret for fetch-account passwords in " + file
                + "; back it up apart from the database: without it stored passwords cannot be read");
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length != PasswordCipher.KEY_BYTES) {
                throw new IllegalStateException(source + " must hold " + PasswordCipher.KEY_BYTES
                        + " bytes in base64, not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
    }
}
