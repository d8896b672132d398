package org.flutemail.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Debian's fetchmail downloading one POP3 maildrop into a folder, one file per message, through a shell
 * MDA ({@code no stripcr}, so the MDA gets the lines with their CRLF as sent). Each instance has its own
 * folder with the run control file, the UIDL memory ({@code --idfile}) and the pid file, so runs of
 * different tests never share state. TLS is checked by pinning the server's certificate: fetchmail compares
 * its fingerprint ({@code sslfingerprint}) instead of building a chain to an authority (the certificate is
 * self-signed).
 */
public final class Fetchmail {

    /** POP3S, or the cleartext port with STLS required. */
    public enum Security { IMPLICIT_TLS, STLS }

    /** What fetchmail said (exit code 0: mail delivered, 1: no new mail) and the files its MDA wrote. */
    public record Outcome(int exitCode, String transcript, List<byte[]> delivered) {
    }

    private final FluteServer server;
    private final Path folder;
    private final Path mailFolder;

    public Fetchmail(FluteServer server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.mailFolder = folder.resolve("mail");
        try {
            Files.createDirectories(mailFolder);
            Path mda = folder.resolve("mda.sh");
            Files.writeString(mda, "#!/bin/sh\n# stores each message in the next numbered file of the folder $1\n"
                    + "n=$(ls \"$1\" | wc -l)\nexec cat > \"$1/$(printf %04d \"$n\").eml\"\n");
            Files.setPosixFilePermissions(mda, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isInstalled() {
        return ExternalCommand.isInstalled("fetchmail");
    }

    /** Fetches the maildrop of {@code user}; {@code keep} leaves the messages on the server (and uses UIDL). */
    public Outcome fetch(String user, String password, Security security, boolean keep) {
        int before = delivered().size();
        Path rc = writeRunControl(user, password, security, keep);
        ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("fetchmail", "--fetchmailrc", rc.toString(),
                "--idfile", folder.resolve("fetchids").toString(), "--pidfile", folder.resolve("pid").toString(),
                "--nosyslog", "--verbose"));
        List<byte[]> all = delivered();
        return new Outcome(outcome.exitCode(), outcome.toString(), all.subList(before, all.size()));
    }

    private Path writeRunControl(String user, String password, Security security, boolean keep) {
        int port = security == Security.IMPLICIT_TLS ? server.pop3sPort() : server.pop3Port();
        String tls = security == Security.IMPLICIT_TLS ? "ssl" : "sslproto 'tls1.2+'";
        String text = "set no bouncemail\n"
                + "poll " + FluteServer.HOST + " service " + port + " proto POP3 uidl timeout 60\n"
                + "  user " + quoted(user) + " there with password " + quoted(password) + " is "
                + quoted(System.getProperty("user.name")) + " here\n"
                + "  " + tls + " no sslcertck sslfingerprint " + quoted(certificateFingerprint()) + "\n"
                + "  mda " + quoted(folder.resolve("mda.sh") + " " + mailFolder) + "\n"
                + "  no stripcr no rewrite " + (keep ? "keep" : "no keep") + "\n";
        Path rc = folder.resolve("fetchmailrc");
        try {
            Files.deleteIfExists(rc);
            // fetchmail refuses a run control file that others may read: it holds a password.
            Files.createFile(rc, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(rc, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rc;
    }

    /** The server certificate's MD5 fingerprint as fetchmail writes it: upper-case hex pairs and colons. */
    private String certificateFingerprint() {
        Path pem = server.home().resolve("standalone/data/flute/tls/server.crt.pem");
        try (InputStream in = Files.newInputStream(pem)) {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("cannot fingerprint " + pem, e);
        }
    }

    /** Every message the MDA has stored so far, in delivery order. */
    private List<byte[]> delivered() {
        try (Stream<Path> files = Files.list(mailFolder)) {
            List<byte[]> contents = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                contents.add(Files.readAllBytes(file));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The message without the {@code Received:} header fetchmail adds (with its folded lines). fetchmail puts
     * it above the topmost Received header, below the server's Authentication-Results.
     */
    public static byte[] withoutFetchmailReceived(byte[] delivered) {
        String text = new String(delivered, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length() && !text.startsWith("\r\n", start)) {
            int end = endOfField(text, start);
            String field = text.substring(start, end);
            if (field.startsWith("Received: ") && field.contains("(fetchmail-")) {
                return (text.substring(0, start) + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
            }
            start = end;
        }
        throw new AssertionError("no Received header of fetchmail in: "
                + text.substring(0, Math.min(text.length(), 600)));
    }

    private static int endOfField(String text, int start) {
        int end = text.indexOf("\r\n", start);
        while (end >= 0 && end + 2 < text.length() && (text.charAt(end + 2) == ' ' || text.charAt(end + 2) == '\t')) {
            end = text.indexOf("\r\n", end + 2);
        }
        return end < 0 ? text.length() : end + 2;
    }
}
