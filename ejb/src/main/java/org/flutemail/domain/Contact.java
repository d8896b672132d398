package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person in an account's own address book: a name and one or more addresses (the first is the one
 * offered first), and what people keep with them (phone, company, notes). Groups are
 * {@link ContactGroup}s that list their members; a contact may be in several.
 */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 100;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_ADDRESSES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_email", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "address", nullable = false)
    private List<String> addresses = new ArrayList<>();

    @Column(length = MAX_PHONE)
    private String phone;

    @Column(length = MAX_COMPANY)
    private String company;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Contact() {
    }

    public Contact(Account account, ContactDetails details, Instant now) {
        this.account = account;
        this.createdAt = now;
        change(details);
    }

    /**
     * Replaces everything but the owner. A contact without a name is named by its first address.
     *
     * @throws InvalidAddressException for an address that is not {@code local@domain}
     * @throws InvalidRequestException when there is no address or a field is too long
     */
    public void change(ContactDetails details) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String address : details.addresses()) {
            if (address != null && !address.isBlank()) {
                parsed.add(EmailAddress.parse(address).toString());
            }
        }
        if (parsed.isEmpty()) {
            throw new InvalidRequestException("a contact needs at least one address");
        }
        if (parsed.size() > MAX_ADDRESSES) {
            throw new InvalidRequestException("a contact has at most " + MAX_ADDRESSES + " addresses");
        }
        String first = parsed.iterator().next();
        String named = blankToNull(details.name());
        this.name = limited("name", named == null ? first.substring(0, first.indexOf('@')) : named, MAX_NAME);
        this.addresses.clear();
        this.addresses.addAll(parsed);
        this.phone = limited("phone", blankToNull(details.phone()), MAX_PHONE);
        this.company = limited("company", blankToNull(details.company()), MAX_COMPANY);
        this.notes = limited("notes", blankToNull(details.notes()), MAX_NOTES);
    }

    static String limited(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequestException("the " + field + " has more than " + max + " characters");
        }
        return value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public ContactDetails details() {
        return new ContactDetails(name, List.copyOf(addresses), phone, company, notes);
    }

    public String name() {
        return name;
    }

    public List<String> addresses() {
        return List.copyOf(addresses);
    }
}
