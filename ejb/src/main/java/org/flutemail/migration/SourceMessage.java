package org.flutemail.migration;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.flutemail.domain.MessageFlags;

/**
 * One message as a source offers it: its key (unique within the account's sources and stable across
 * runs), its flags and internal date, and its content, fetched only when opened, so that a message
 * imported before costs no download.
 *
 * @param label        how a report names the message (a UID, a file name, a position)
 * @param internalDate when the old server received it; null when unknown (the import time is used)
 */
public record SourceMessage(String key, String label, MessageFlags flags, Instant internalDate, Content content) {

    /** The message's bytes, read once per import. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
