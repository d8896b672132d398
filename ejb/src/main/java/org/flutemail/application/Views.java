package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/** Read-only snapshots that services hand out instead of live entities. */
public final class Views {

    private Views() {
    }

    /** {@code defaultClassOfService}: the class of its accounts that have none of their own, or null. */
    /** {@code deletionDueAt}: when a domain pending deletion loses its data for good; null otherwise. */
    public record DomainView(String name, String state, long accounts, Long quotaBytes, Integer maxAccounts,
            Long maxMessageBytes, String defaultClassOfService, boolean senderMustBeOwned, Instant createdAt,
            Instant deletionDueAt) {
    }

    /**
     * {@code mustChangePassword}: mail logins are refused until the user replaces a preset password.
     * {@code classOfService}: the account's own class, or null when its domain's default applies.
     */
    public record AccountView(String address, String displayName, String state, Long quotaBytes,
            Instant createdAt, boolean mustChangePassword, String classOfService) {
    }

    /** {@code access}: what it grants, in the order of {@code org.flutemail.domain.Access}. */
    public record ClassOfServiceView(String name, Long quotaBytes, Long maxMessageBytes, List<String> access) {
    }

    public record AliasView(String address, List<String> targets) {
    }

    /** A mailing list; {@code postingPolicy} MEMBERS, ANYONE or MODERATORS, {@code replyTo} LIST or SENDER. */
    public record ListView(String address, String name, String description, String postingPolicy,
            boolean refuseOthers, String replyTo, String subjectPrefix, List<String> members, List<String> moderators,
            long held) {
    }

    /** A post waiting for a list's moderator; {@code sender} is the envelope sender. */
    public record HeldPostView(long id, String list, String sender, String subject, long size, Instant heldAt) {
    }

    public record MailboxView(String name, String specialUse, long messages, long unseen, long size,
            long uidValidity, long uidNext) {
    }

    /** {@code flags}: the IMAP system flags set ({@code \Seen}, {@code \Answered} ...) and keywords. */
    public record MessageView(long uid, String messageId, String from, String to, String subject, long size,
            Instant internalDate, Instant sentDate, boolean seen, List<String> flags) {
    }

    /** Where a message's bytes are, for streaming them out. */
    public record MessageContentRef(String blobKey, long size) {
    }
}
