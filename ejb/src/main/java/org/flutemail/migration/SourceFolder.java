package org.flutemail.migration;

import java.util.List;

/**
 * A folder of a source: its name there, the same name split at the source's hierarchy separator, and
 * the special use the source declares for it (RFC 6154 {@code \Sent} ...), if any.
 */
public record SourceFolder(String name, List<String> path, String specialUse) {

    public SourceFolder {
        path = List.copyOf(path);
    }

    public static SourceFolder inbox() {
        return new SourceFolder("INBOX", List.of("INBOX"), null);
    }
}
