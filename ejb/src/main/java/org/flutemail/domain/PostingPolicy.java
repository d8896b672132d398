package org.flutemail.domain;

import java.util.Set;

/** Who may post to a mailing list without a moderator's approval. */
public enum PostingPolicy {
    /** Members and moderators. */
    MEMBERS,
    /** Anybody at all (announcements from outside, support addresses). */
    ANYONE,
    /** Moderators only (announcement lists). */
    MODERATORS;

    /** Whether {@code sender} (lower case) may post under this policy. */
    public boolean allows(String sender, Set<String> members, Set<String> moderators) {
        return switch (this) {
            case ANYONE -> true;
            case MEMBERS -> members.contains(sender) || moderators.contains(sender);
            case MODERATORS -> moderators.contains(sender);
        };
    }
}
