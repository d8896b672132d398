package org.flutemail.domain;

import java.util.List;

/**
 * The flags a message carries over from another server: the IMAP system flags Flute keeps, and
 * keywords ({@code $Forwarded}, {@code $Junk}, user labels). {@code \Deleted} is not among them: a
 * message the old server was about to expunge is not worth bringing along marked for removal.
 */
public record MessageFlags(boolean seen, boolean answered, boolean flagged, boolean draft, List<String> keywords) {

    /** What the keywords column holds at most. */
    private static final int MAX_KEYWORDS_LENGTH = 2000;

    public static final MessageFlags NONE = new MessageFlags(false, false, false, false, List.of());

    public MessageFlags {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** The keywords separated by spaces, as many as fit the column; null when there are none. */
    public String keywordList() {
        StringBuilder out = new StringBuilder();
        for (String keyword : keywords) {
            if (out.length() + keyword.length() + 1 > MAX_KEYWORDS_LENGTH) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(keyword);
        }
        return out.length() == 0 ? null : out.toString();
    }
}
