package org.flutemail.protocol.imap.session;

import java.util.Locale;

/**
 * The base subject of RFC 5256 section 2.1, by which SORT SUBJECT orders and THREAD groups: the
 * subject without reply and forward markers ("Re:", "Fwd:", "[list]" blobs, a "(fwd)" trailer,
 * "[Fwd: ...]" wrapping), white space collapsed, compared case-insensitively.
 */
final class BaseSubject {

    private BaseSubject() {
    }

    /** The base subject of a decoded Subject value (null counts as empty), folded for comparison. */
    static String of(String subject) {
        String s = subject == null ? "" : subject.replaceAll("[\\t\\r\\n ]+", " ").strip();
        while (true) {
            String before = s;
            // (2) trailing "(fwd)" and white space
            while (s.toLowerCase(Locale.ROOT).endsWith("(fwd)")) {
                s = s.substring(0, s.length() - 5).strip();
            }
            // (3), (4) leading "re:", "fw:", "fwd:" with optional blobs, and leading blobs
            boolean changed = true;
            while (changed) {
                changed = false;
                String stripped = stripLeader(s);
                if (!stripped.equals(s)) {
                    s = stripped;
                    changed = true;
                }
                String unblobbed = stripBlob(s);
                if (!unblobbed.isEmpty() && !unblobbed.equals(s)) {
                    s = unblobbed;
                    changed = true;
                }
            }
            // (6) "[fwd:" ... "]" wrapping
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("[fwd:") && s.endsWith("]")) {
                s = s.substring(5, s.length() - 1).strip();
            }
            if (s.equals(before)) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
    }

    /** Whether the subject marks a reply or forward: the REFERENCES algorithm's step (5)(C). */
    static boolean isReplyOrForward(String subject) {
        String s = subject == null ? "" : subject.strip();
        return !stripLeader(stripBlobs(s)).equals(stripBlobs(s)) || s.toLowerCase(Locale.ROOT).endsWith("(fwd)")
                || s.toLowerCase(Locale.ROOT).startsWith("[fwd:");
    }

    /** subj-refwd: ("re" / ("fw" ["d"])) *WSP [subj-blob] ":" */
    private static String stripLeader(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int at;
        if (lower.startsWith("re")) {
            at = 2;
        } else if (lower.startsWith("fwd")) {
            at = 3;
        } else if (lower.startsWith("fw")) {
            at = 2;
        } else {
            return s;
        }
        while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
            at++;
        }
        if (at < s.length() && s.charAt(at) == '[') {
            int close = s.indexOf(']', at);
            if (close < 0 || s.substring(at + 1, close).contains("[")) {
                return s;
            }
            at = close + 1;
        }
        if (at < s.length() && s.charAt(at) == ':') {
            return s.substring(at + 1).strip();
        }
        return s;
    }

    /** subj-blob: "[" *BLOBCHAR "]" *WSP, removed only when something is left after it. */
    private static String stripBlob(String s) {
        if (!s.startsWith("[")) {
            return s;
        }
        int close = s.indexOf(']');
        if (close < 0 || s.substring(1, close).contains("[")) {
            return s;
        }
        String rest = s.substring(close + 1).strip();
        return rest.isEmpty() ? s : rest;
    }

    private static String stripBlobs(String s) {
        String current = s;
        while (true) {
            String next = stripBlob(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }
}
