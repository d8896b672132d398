package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Synchronises a Flute IMAP account with a local Maildir using mbsync from Debian's isync, both ways
 * (new messages, flags, folders, expunges), trusting the server's certificate as fetched from it.
 */
public final class Mbsync {

    private final FluteServer server;
    private final Path home;

    /** @param home a fresh folder for the configuration, the certificate, the sync state and the Maildir */
    public Mbsync(FluteServer server, Path home) {
        this.server = server;
        this.home = home;
    }

    public static boolean isInstalled() {
        return ExternalCommand.isInstalled("mbsync") && ExternalCommand.isInstalled("openssl");
    }

    /** The local Maildir tree: {@code INBOX} and one folder per remote folder. */
    public Path maildir() {
        return home.resolve("mail");
    }

    /** One run of {@code mbsync -a}; fails with its output when it does not succeed. */
    public String sync(String user, String password) {
        try {
            Files.createDirectories(maildir());
            Path certificate = home.resolve("server.pem");
            if (!Files.exists(certificate)) {
                Files.write(certificate, serverCertificate());
            }
            Path config = home.resolve("mbsyncrc");
            Files.writeString(config, String.join("\n",
                    "IMAPAccount flute",
                    "Host " + FluteServer.HOST,
                    "Port " + server.imapsPort(),
                    "User " + user,
                    "Pass " + password,
                    "SSLType IMAPS",
                    "CertificateFile " + certificate,
                    "",
                    "IMAPStore remote",
                    "Account flute",
                    "",
                    "MaildirStore local",
                    "Path " + maildir() + "/",
                    "Inbox " + maildir().resolve("INBOX"),
                    "SubFolders Verbatim",
                    "",
                    "Channel flute",
                    "Far :remote:",
                    "Near :local:",
                    "Patterns *",
                    "Create Both",
                    "Expunge Both",
                    "Sync All",
                    "SyncState *",
                    ""), StandardCharsets.UTF_8);
            ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("mbsync", "-c", config.toString(), "-a"));
            if (outcome.exitCode() != 0) {
                throw new AssertionError("mbsync failed: " + outcome);
            }
            return new String(outcome.stdout(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate the IMAPS port presents, as PEM: what a user would install to trust it. */
    private byte[] serverCertificate() {
        ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("sh", "-c", "openssl s_client -connect "
                + FluteServer.HOST + ":" + server.imapsPort() + " </dev/null 2>/dev/null | openssl x509"));
        if (outcome.exitCode() != 0 || outcome.stdout().length == 0) {
            throw new AssertionError("cannot read the server certificate: " + outcome);
        }
        return outcome.stdout();
    }
}
