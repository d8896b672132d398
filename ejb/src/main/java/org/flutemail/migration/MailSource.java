package org.flutemail.migration;

import java.io.IOException;
import java.util.List;

/**
 * Mail to import, folder by folder: an old server (IMAP, POP3) or files it left behind (mbox,
 * Maildir). Implementations put timeouts on every network operation, so a silent server fails the
 * run rather than hanging it.
 */
public interface MailSource extends AutoCloseable {

    /** The folders, parents before their children. */
    List<SourceFolder> folders() throws IOException;

    /**
     * Offers the folder's messages to {@code sink} in the source's order (IMAP UID order, file order).
     * A failure of one message's content surfaces when the sink opens it; a lost connection or an
     * unreadable folder ends the call with an exception ({@link SourceUnavailableException} when
     * nothing more can be read from this source).
     */
    void messages(SourceFolder folder, MessageSink sink) throws IOException;

    @FunctionalInterface
    interface MessageSink {
        void accept(SourceMessage message) throws IOException;
    }

    @Override
    void close();
}
