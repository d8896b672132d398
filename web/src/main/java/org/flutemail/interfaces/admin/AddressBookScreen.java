package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainAddressBookService;
import org.flutemail.application.DomainAddressBookService.EntryRequest;
import org.flutemail.application.DomainAddressBookService.EntryView;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;

/**
 * A domain's public address book for its administrators: pick one of the domains the caller
 * administers, add entries, remove them. Every action asks the {@link CallerGuard} first.
 */
@Named
@ViewScoped
public class AddressBookScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @EJB
    DomainService domains;

    @EJB
    DomainAddressBookService book;

    @Inject
    ScreenActions actions;

    private String domain;
    private String name;
    private String address;
    private String phone;
    private String department;

    public List<String> getDomains() {
        return domains.list().stream().map(DomainView::name).filter(guard::sees).toList();
    }

    public List<EntryView> getEntries() {
        if (domain == null) {
            return List.of();
        }
        return actions.listing(() -> {
            guard.domain(domain);
            return book.entries(domain);
        });
    }

    public void add() {
        boolean added = actions.run(() -> {
            guard.domain(domain);
            book.add(domain, new EntryRequest(name, address, phone, department));
        }, "book.added", address);
        if (added) {
            name = null;
            address = null;
            phone = null;
            department = null;
        }
    }

    public void delete(long id) {
        actions.run(() -> {
            guard.domain(domain);
            book.delete(domain, id);
        }, "book.deleted");
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
