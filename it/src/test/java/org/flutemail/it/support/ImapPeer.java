package org.flutemail.it.support;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * A user of the reference peer's Dovecot (see {@code ../shared/peer/}), as an old server to migrate
 * from: tests fill it over IMAP APPEND with folders, flags and internal dates. Each test class uses
 * only the peer users its brief assigns and {@link #clear()}s them first.
 */
public final class ImapPeer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int IMAP_PORT = 1143;
    public static final int IMAPS_PORT = 1993;
    public static final int POP3_PORT = 1110;
    public static final String PASSWORD = "pass";

    private final Store store;

    private ImapPeer(Store store) {
        this.store = store;
    }

    /** Whether the peer's IMAP port answers (CI starts the peer; a developer may not have). */
    public static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, IMAP_PORT), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the peer keeps its files (Maildirs, certificate): {@code PEER_RUN}, as in {@code peer.env}. */
    public static Path runDirectory() {
        String run = System.getenv("PEER_RUN");
        return Path.of(run == null || run.isBlank() ? "/tmp/flute-peer/run" : run);
    }

    /** The SHA-256 fingerprint (hex) of the peer's self-signed certificate. */
    public static String certificateSha256() {
        try {
            String pem = Files.readString(runDirectory().resolve("tls/cert.pem"), StandardCharsets.US_ASCII);
            String body = pem.substring(pem.indexOf("-----BEGIN CERTIFICATE-----") + 27,
                    pem.indexOf("-----END CERTIFICATE-----")).replaceAll("\\s", "");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ImapPeer login(String user) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "10000");
        props.put("mail.imap.timeout", "60000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(HOST, IMAP_PORT, user, PASSWORD);
            return new ImapPeer(store);
        } catch (MessagingException e) {
            throw new AssertionError("cannot log in to the peer's IMAP as " + user + ": " + e, e);
        }
    }

    /** Removes every folder but INBOX and every message in INBOX. */
    public ImapPeer clear() {
        try {
            Folder[] all = store.getDefaultFolder().list("*");
            // children before parents
            java.util.Arrays.sort(all, (a, b) -> b.getFullName().length() - a.getFullName().length());
            for (Folder f : all) {
                if (!f.getFullName().equalsIgnoreCase("INBOX") && f.exists()) {
                    f.delete(true);
                }
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            if (inbox.getMessageCount() > 0) {
                inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.DELETED), true);
            }
            inbox.close(true);
            return this;
        } catch (MessagingException e) {
            throw new AssertionError("cannot clear the peer's mailbox: " + e, e);
        }
    }

    public char separator() {
        try {
            return store.getDefaultFolder().getSeparator();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Creates the folder (its levels joined by the server's separator) and its parents. */
    public void createFolder(List<String> path) {
        try {
            String name = "";
            for (String level : path) {
                name = name.isEmpty() ? level : name + separator() + level;
                Folder f = store.getFolder(name);
                if (!f.exists()) {
                    f.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS);
                }
            }
        } catch (MessagingException e) {
            throw new AssertionError("cannot create " + path + ": " + e, e);
        }
    }

    /** IMAP APPEND with these flags (system flags and keywords) and this internal date. */
    public void append(List<String> folderPath, byte[] raw, Instant internalDate, Flags flags) {
        append(folderPath, List.of(raw), internalDate, flags);
    }

    public void append(List<String> folderPath, List<byte[]> raws, Instant internalDate, Flags flags) {
        try {
            if (!(folderPath.size() == 1 && folderPath.get(0).equals("INBOX"))) {
                createFolder(folderPath);
            }
            Folder folder = store.getFolder(String.join(String.valueOf(separator()), folderPath));
            Session session = Session.getInstance(new Properties());
            Message[] messages = new Message[raws.size()];
            for (int i = 0; i < raws.size(); i++) {
                DatedMessage m = new DatedMessage(session, raws.get(i), Date.from(internalDate));
                m.setFlags(flags, true);
                messages[i] = m;
            }
            folder.appendMessages(messages);
        } catch (MessagingException e) {
            throw new AssertionError("cannot append to " + folderPath + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (MessagingException ignored) {
            // the peer dropped the connection already
        }
    }

    /** A parsed message written back unchanged, with the internal date APPEND should give it. */
    private static final class DatedMessage extends MimeMessage {
        private final Date received;

        DatedMessage(Session session, byte[] raw, Date received) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
            this.received = received;
        }

        @Override
        public Date getReceivedDate() {
            return received;
        }
    }
}
