package org.flutemail.application.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Queue ids as clients see them in {@code 250 … queued as <id>} and as they appear in logs and trace
 * headers: the time in base 36, then random characters. Sorting by id roughly sorts by arrival,
 * which helps when reading logs. The database's unique constraint catches the unlikely collision.
 */
final class QueueIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTVWXYZ".toCharArray();

    private QueueIds() {
    }

    static String next(long epochMillis) {
        StringBuilder id = new StringBuilder(Long.toString(epochMillis, 36).toUpperCase(Locale.ROOT));
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
