package org.flutemail.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.FetchErrorKind;

/**
 * An outside mailbox in memory that behaves as a POP3 maildrop does: deletions take effect only when
 * committed, and a session can be made to break off in the middle of a message.
 */
final class InMemoryRemoteMailbox implements RemoteMailboxClient {

    final Map<String, byte[]> messages = new LinkedHashMap<>();
    final List<String> downloads = new ArrayList<>();
    int sessions;
    int committedSessions;
    /** The id of a message whose download writes half of it and then fails, once. */
    String cutInside;
    FetchException refuseLogin;

    InMemoryRemoteMailbox with(String id, String content) {
        messages.put(id, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public RemoteMailbox open(RemoteEndpoint endpoint) throws FetchException {
        if (refuseLogin != null) {
            throw refuseLogin;
        }
        sessions++;
        return new Session();
    }

    private final class Session implements RemoteMailbox {

        private final Set<String> marked = new LinkedHashSet<>();

        @Override
        public List<RemoteMessage> list() {
            return messages.entrySet().stream().map(e -> new RemoteMessage(e.getKey(), e.getValue().length)).toList();
        }

        @Override
        public void download(RemoteMessage message, OutputStream out) throws FetchException {
            byte[] content = messages.get(message.id());
            downloads.add(message.id());
            try {
                if (message.id().equals(cutInside)) {
                    cutInside = null;
                    out.write(content, 0, content.length / 2);
                    throw new FetchException(FetchErrorKind.CONNECTION_LOST, "EOF on socket");
                }
                out.write(content);
            } catch (IOException e) {
                throw new FetchException(FetchErrorKind.LOCAL, e.toString(), e);
            }
        }

        @Override
        public void markDeleted(RemoteMessage message) {
            marked.add(message.id());
        }

        @Override
        public void commitDeletions() {
            marked.forEach(messages::remove);
            committedSessions++;
        }

        @Override
        public void close() {
            // Marks that were not committed are forgotten, as POP3 forgets DELE without QUIT.
        }
    }
}
