package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of a domain's public address book, kept by the domain's administrators and read by each of
 * its accounts: a name and one address (unique in the domain), with a phone and a department. The
 * address may be anywhere (a supplier, a shared mailbox elsewhere), not only in the domain.
 */
@Entity
@Table(name = "domain_address_entry")
public class DomainAddressEntry {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "domain_id")
    private MailDomain domain;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(length = Contact.MAX_PHONE)
    private String phone;

    @Column(length = Contact.MAX_COMPANY)
    private String department;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DomainAddressEntry() {
    }

    public DomainAddressEntry(MailDomain domain, String name, String address, String phone, String department,
            Instant now) {
        this.domain = domain;
        this.createdAt = now;
        change(name, address, phone, department);
    }

    /**
     * @throws InvalidAddressException for an address that is not {@code local@domain}
     * @throws InvalidRequestException for a missing name or a field too long
     */
    public void change(String name, String address, String phone, String department) {
        String named = Contact.blankToNull(name);
        if (named == null) {
            throw new InvalidRequestException("an address book entry needs a name");
        }
        this.address = EmailAddress.parse(address).toString();
        this.name = Contact.limited("name", named, MAX_NAME);
        this.phone = Contact.limited("phone", Contact.blankToNull(phone), Contact.MAX_PHONE);
        this.department = Contact.limited("department", Contact.blankToNull(department), Contact.MAX_COMPANY);
    }

    public Long id() {
        return id;
    }

    public MailDomain domain() {
        return domain;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String department() {
        return department;
    }
}
