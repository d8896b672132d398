package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of an account's contacts. Used as a recipient ({@code Name:;}, the empty group of
 * RFC 5322) it stands for the first address of each member, looked up when the message is sent.
 */
@Entity
@Table(name = "contact_group")
public class ContactGroup {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ManyToMany
    @JoinTable(name = "contact_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> members = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactGroup() {
    }

    public ContactGroup(Account account, String name, Instant now) {
        this.account = account;
        this.createdAt = now;
        rename(name);
    }

    /**
     * A name must be usable in an address field: no characters that end or split a group there.
     *
     * @throws InvalidRequestException for an empty or too long name, or one with {@code : ; , < > @ "}
     */
    public void rename(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || !validName(stripped)) {
            throw new InvalidRequestException("a group needs a name of 1 to " + MAX_NAME
                    + " characters without : ; , < > @ or \"");
        }
        this.name = stripped;
    }

    public static boolean validName(String name) {
        return name.chars().noneMatch(c -> ":;,<>@\"".indexOf(c) >= 0 || Character.isISOControl(c));
    }

    public void add(Contact contact) {
        members.add(contact);
    }

    public void remove(Contact contact) {
        members.remove(contact);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Contact> members() {
        return List.copyOf(members);
    }
}
