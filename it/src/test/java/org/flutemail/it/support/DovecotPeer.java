package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The reference peer's Dovecot ({@code shared/peer}) as an outside mailbox server: its ports, its
 * certificate's fingerprint, and mailboxes filled and inspected over IMAP with Python's imaplib
 * ({@code src/test/resources/dovecot_mailbox.py}), which appends messages byte for byte.
 */
public final class DovecotPeer {

    public static final String HOST = "127.0.0.1";
    public static final int IMAP = 1143;
    public static final int IMAPS = 1993;
    public static final int POP3 = 1110;
    public static final int POP3S = 1995;
    public static final String PASSWORD = "pass";

    private DovecotPeer() {
    }

    /** Whether the peer answers; tests skip with a message when it does not (CI starts it). */
    public static boolean isRunning() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, IMAP), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The SHA-256 fingerprint of the peer's self-signed certificate, read from its run directory. */
    public static String certificateSha256() {
        Path pem = Paths.get(System.getProperty("flute.it.peer.run", "/tmp/flute-peer/run"), "tls", "cert.pem");
        try (var in = Files.newInputStream(pem)) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the peer's certificate " + pem, e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot fingerprint " + pem, e);
        }
    }

    /** Empties the user's INBOX and deletes the user's other folders. */
    public static void clear(String user) {
        run(user, "clear", List.of());
    }

    public static int count(String user) {
        return Integer.parseInt(run(user, "count", List.of()).stdoutText().strip());
    }

    public static void append(String user, byte[]... messages) {
        List<String> files = new ArrayList<>();
        try {
            for (byte[] m : messages) {
                Path f = Files.createTempFile("dovecot-append-", ".eml");
                Files.write(f, m);
                files.add(f.toString());
            }
            run(user, "append", files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.forEach(f -> Path.of(f).toFile().delete());
        }
    }

    private static ExternalCommand.Outcome run(String user, String command, List<String> args) {
        Path script = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "dovecot_mailbox.py");
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), HOST, Integer.toString(IMAP), user,
                PASSWORD, command));
        cmd.addAll(args);
        ExternalCommand.Outcome outcome = ExternalCommand.run(cmd);
        if (outcome.exitCode() != 0) {
            throw new AssertionError("the peer's mailbox could not be prepared: " + outcome);
        }
        return outcome;
    }
}
