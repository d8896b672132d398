package org.flutemail.connector.adapter.tls;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The two files of the server's TLS identity in one directory, and making a self-signed pair when
 * neither exists. Files are written to a temporary name and renamed, so a reader (this server after a
 * restart, or {@link ReloadingTlsContext}) never sees half a file; the key is readable by the owner
 * only.
 */
public final class TlsFiles {

    public static final String CERTIFICATE_FILE = "server.crt.pem";
    public static final String KEY_FILE = "server.key.pem";
    private static final Logger LOG = Logger.getLogger(TlsFiles.class.getName());
    private static final Duration SELF_SIGNED_VALIDITY = Duration.ofDays(3652);

    private final Path directory;

    public TlsFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Path certificateFile() {
        return directory.resolve(CERTIFICATE_FILE);
    }

    public Path keyFile() {
        return directory.resolve(KEY_FILE);
    }

    /**
     * Makes a self-signed certificate for {@code hostName} when neither file exists. When only one
     * does, nothing is written: that is an administrator's half-finished installation, not ours to
     * overwrite.
     *
     * @return whether a certificate was created
     */
    public boolean createSelfSignedIfAbsent(String hostName) throws IOException, GeneralSecurityException {
        if (Files.exists(certificateFile()) || Files.exists(keyFile())) {
            return false;
        }
        Files.createDirectories(directory);
        SelfSignedCertificate.Generated generated = SelfSignedCertificate.create(hostName, SELF_SIGNED_VALIDITY);
        writeAtomically(keyFile(), Pem.privateKey(generated.keys().getPrivate()), true);
        writeAtomically(certificateFile(), Pem.certificate(generated.certificate()), false);
        LOG.warning(() -> "Created a self-signed TLS certificate for " + hostName + " in " + directory
                + "; install a certificate from a certificate authority for clients that verify it");
        return true;
    }

    private void writeAtomically(Path target, String text, boolean secret) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temporary = posix && secret
                ? Files.createTempFile(directory, "." + target.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
