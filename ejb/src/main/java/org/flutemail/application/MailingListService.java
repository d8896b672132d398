package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.HeldPostView;
import org.flutemail.application.Views.ListView;

/** Mailing lists of the local domains, their members and their moderation queue. */
public interface MailingListService {

    /**
     * What a list is set to. On update a null field keeps its current value; on create {@code address}
     * and {@code name} are required and the rest default to members-only posting, holding other posts,
     * replies to the list, no prefix, no members and no moderators.
     */
    record ListSettings(String address, String name, String description, String postingPolicy,
            Boolean refuseOthers, String replyTo, String subjectPrefix, List<String> members,
            List<String> moderators) {
    }

    ListView create(ListSettings settings);

    List<ListView> list(String domain);

    ListView get(String address);

    ListView update(String address, ListSettings settings);

    void delete(String address);

    /** A member already on the list is a conflict. */
    ListView addMember(String list, String member);

    /** An address that is no member is not found. */
    ListView removeMember(String list, String member);

    List<HeldPostView> held(String list);

    /** Distributes the held post to the members, as if the policy had let it through. */
    void approve(String list, long heldPost);

    /** Drops the held post. */
    void reject(String list, long heldPost);

    /** The posts held for the lists that name {@code moderator} (an account) among their moderators. */
    List<HeldPostView> heldForModerator(String moderator);

    /** Approves a held post of a list {@code moderator} moderates; any other post is not found. */
    void approveAsModerator(String moderator, long heldPost);

    /** Rejects a held post of a list {@code moderator} moderates; any other post is not found. */
    void rejectAsModerator(String moderator, long heldPost);

    /**
     * Removes the member named by a one-click unsubscribe token (RFC 8058) and returns the list's
     * address; a token that is forged, altered or for a member no longer on the list is not found.
     */
    String unsubscribe(String token);
}
