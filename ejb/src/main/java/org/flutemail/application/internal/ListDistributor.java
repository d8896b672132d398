package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.ListUnsubscribeToken;
import org.flutemail.domain.MailingList;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Sends an accepted post to a list's members: one copy per member, spooled as new mail in the
 * caller's transaction (so it exists exactly when the post's processing or the moderator's approval
 * commits), each with its member's own one-click unsubscribe link. The envelope sender is the list's
 * bounce address, so delivery failures come back to the list and never to the poster. Each copy then
 * goes through the whole pipeline: local members' settings, other lists, or the outbound queue.
 */
@ApplicationScoped
public class ListDistributor {


    /** Opens the post as it reached the list; called once per member. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    @Inject
    SpoolService spool;

    /** The stored host name, else the configured one: read at each use, so a change applies to the next message. */
    @Inject
    StoredSettings settings;

    /** Returns how many copies were spooled. */
    public int distribute(MailingList list, Content post, Instant now) throws IOException {
        int copies = 0;
        String serverName = settings.hostName();
        for (String member : list.members()) {
            String url = unsubscribeUrl(list, member);
            try (InputStream copy = ListCopy.of(list, post.open(), url)) {
                spool.accept(new Envelope(list.bounceAddress(), List.of(member), now, "127.0.0.1", serverName,
                        serverName, "LOCAL", "", list.address(), null), copy);
            }
            copies++;
        }
        return copies;
    }

    static String unsubscribeUrl(MailingList list, String member) {
        return ServerSettings.publicUrl() + "/api/v1/lists/unsubscribe/"
                + ListUnsubscribeToken.sign(list.address(), member, list.secret());
    }
}
