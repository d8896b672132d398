package org.flutemail.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The source keys that identify an imported message across runs. Each names the kind of source
 * first, so keys of different sources never collide; a key longer than the column is replaced by
 * its digest.
 */
public final class SourceKeys {

    private static final int MAX_KEY = 400;

    private SourceKeys() {
    }

    /** IMAP: folder, UIDVALIDITY and UID (RFC 3501 2.3.1.1: together they name one message for ever). */
    public static String imap(String folder, long uidValidity, long uid) {
        return fit("imap:" + uidValidity + ":" + uid + ":" + folder);
    }

    /** POP3: the unique-id listing (RFC 1939 UIDL), stable across sessions. */
    public static String pop3(String uidl) {
        return fit("pop3:" + uidl);
    }

    /**
     * mbox: the target folder, the message's position in the file and a digest of its content, so the
     * same file imported again matches, while two identical messages in one file stay two.
     */
    public static String mbox(String folder, int position, byte[] contentDigest) {
        return fit("mbox:" + position + ":" + HexFormat.of().formatHex(contentDigest) + ":" + folder);
    }

    /** Maildir: the folder and the file's unique name (without the {@code :2,} flags, which change). */
    public static String maildir(String folder, String uniqueName) {
        return fit("maildir:" + uniqueName + ":" + folder);
    }

    static String fit(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        return key.substring(0, key.indexOf(':') + 1) + "sha256:" + HexFormat.of().formatHex(sha256(key));
    }

    public static byte[] sha256(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
