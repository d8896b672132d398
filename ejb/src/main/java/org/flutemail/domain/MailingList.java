package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mailing list: an address in a domain whose mail goes, with list headers (RFC 2369, 2919), to its
 * members, which may be local or outside addresses, or other lists. Who may post is the
 * {@link PostingPolicy}; a post from anyone else is held for a moderator, or refused when
 * {@code refuseOthers} is set. The {@code secret} signs the one-click unsubscribe links (RFC 8058) of
 * this list only, so a leaked link cannot be turned against another list.
 */
@Entity
@Table(name = "mailing_list")
public class MailingList {

    /** The suffix of the envelope sender of distributed copies: bounces come back here, not to the poster. */
    public static final String BOUNCES_SUFFIX = "-bounces";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false, unique = true)
    private String address;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "posting_policy", nullable = false)
    private PostingPolicy postingPolicy = PostingPolicy.MEMBERS;

    @Column(name = "refuse_others", nullable = false)
    private boolean refuseOthers;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_to", nullable = false)
    private ListReplyTo replyTo = ListReplyTo.LIST;

    @Column(name = "subject_prefix", nullable = false)
    private String subjectPrefix = "";

    @Column(nullable = false)
    private String secret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mailing_list_member", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "address", nullable = false)
    private Set<String> members = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mailing_list_moderator", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "address", nullable = false)
    private Set<String> moderators = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MailingList() {
    }

    public MailingList(MailDomain domain, EmailAddress address, String name, String secret, Instant now) {
        if (!domain.name().equals(address.domain())) {
            throw new InvalidAddressException(address + " is not in domain " + domain.name());
        }
        if (address.localPart().endsWith(BOUNCES_SUFFIX)) {
            throw new InvalidAddressException("a list address cannot end in " + BOUNCES_SUFFIX
                    + ": that name is kept for the bounces of a list");
        }
        this.domain = domain;
        this.address = address.toString();
        this.secret = secret;
        this.createdAt = now;
        rename(name);
    }

    public Long id() {
        return id;
    }

    public MailDomain domain() {
        return domain;
    }

    public String address() {
        return address;
    }

    /** The RFC 2919 list identifier: the address with its {@code @} turned into a dot. */
    public String listId() {
        return address.replace('@', '.');
    }

    /** Where bounces of the distributed copies go (the envelope sender of each copy). */
    public String bounceAddress() {
        int at = address.indexOf('@');
        return address.substring(0, at) + BOUNCES_SUFFIX + address.substring(at);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public PostingPolicy postingPolicy() {
        return postingPolicy;
    }

    public boolean refuseOthers() {
        return refuseOthers;
    }

    public ListReplyTo replyTo() {
        return replyTo;
    }

    public String subjectPrefix() {
        return subjectPrefix;
    }

    public String secret() {
        return secret;
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

    public Set<String> moderators() {
        return Set.copyOf(moderators);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidRequestException("a list needs a name");
        }
        this.name = oneLine("name", newName.strip(), 200);
    }

    public void describe(String newDescription) {
        this.description = newDescription == null ? "" : newDescription.strip();
        if (description.length() > 2000) {
            throw new InvalidRequestException("description is longer than 2000 characters");
        }
    }

    public void setPosting(PostingPolicy policy, boolean refuse) {
        if (policy == null) {
            throw new InvalidRequestException("postingPolicy must be one of MEMBERS, ANYONE, MODERATORS");
        }
        this.postingPolicy = policy;
        this.refuseOthers = refuse;
    }

    public void setReplyTo(ListReplyTo newReplyTo) {
        if (newReplyTo == null) {
            throw new InvalidRequestException("replyTo must be LIST or SENDER");
        }
        this.replyTo = newReplyTo;
    }

    public void setSubjectPrefix(String prefix) {
        this.subjectPrefix = prefix == null ? "" : oneLine("subjectPrefix", prefix.strip(), 60);
    }

    /** Replaces the members; a list cannot be its own member. */
    public void setMembers(Collection<EmailAddress> newMembers) {
        members.clear();
        for (EmailAddress m : newMembers) {
            addMember(m);
        }
    }

    /** Returns false when the address is a member already. */
    public boolean addMember(EmailAddress member) {
        if (member.toString().equals(address)) {
            throw new InvalidAddressException("a list cannot be a member of itself");
        }
        return members.add(member.toString());
    }

    /** Returns false when the address was no member. */
    public boolean removeMember(String member) {
        return members.remove(member);
    }

    public void setModerators(Collection<EmailAddress> newModerators) {
        moderators.clear();
        newModerators.forEach(m -> moderators.add(m.toString()));
    }

    /** Text that goes into a header field: one line, bounded. */
    private static String oneLine(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidRequestException(field + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new InvalidRequestException(field + " must be one line");
        }
        return value;
    }
}
