package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flutemail.application.AuditLog;
import org.flutemail.application.DomainAddressBookService;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.AccountState;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DomainAddressBookRepository;
import org.flutemail.domain.DomainAddressEntry;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;

/** Changes are recorded in the audit log, as every administrative change is. */
@Stateless
public class DefaultDomainAddressBookService implements DomainAddressBookService {

    @Inject
    DomainAddressBookRepository repository;

    @Inject
    AccountRepository accounts;

    @Inject
    Lookups lookups;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public List<EntryView> entries(String domain) {
        return repository.entries(lookups.domain(domain)).stream().map(DefaultDomainAddressBookService::view)
                .toList();
    }

    @Override
    public List<EntryView> book(String domain) {
        MailDomain served = lookups.domain(domain);
        List<EntryView> book = new ArrayList<>(entries(domain));
        Set<String> named = book.stream().map(EntryView::address).collect(Collectors.toSet());
        accounts.list(served).stream()
                .filter(a -> a.state() == AccountState.ACTIVE && !named.contains(a.address()))
                .map(DefaultDomainAddressBookService::view)
                .sorted(Comparator.comparing(EntryView::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(book::add);
        return book;
    }

    @Override
    public EntryView add(String domain, EntryRequest entry) {
        MailDomain served = lookups.domain(domain);
        DomainAddressEntry made = new DomainAddressEntry(served, entry.name(), entry.address(), entry.phone(),
                entry.department(), clock.instant());
        unique(served, made.address(), null);
        repository.add(made);
        audit.record("address-book.create", made.address(), served.name(), Changes.describe(view(made)));
        return view(made);
    }

    @Override
    public EntryView change(String domain, long id, EntryRequest entry) {
        MailDomain served = lookups.domain(domain);
        DomainAddressEntry found = find(served, id);
        EntryView before = view(found);
        unique(served, EmailAddress.parse(entry.address() == null ? "" : entry.address()).toString(), id);
        found.change(entry.name(), entry.address(), entry.phone(), entry.department());
        audit.record("address-book.update", found.address(), served.name(), Changes.between(before, view(found)));
        return view(found);
    }

    @Override
    public void delete(String domain, long id) {
        MailDomain served = lookups.domain(domain);
        DomainAddressEntry found = find(served, id);
        repository.remove(found);
        audit.record("address-book.delete", found.address(), served.name(), Changes.describe(view(found)));
    }

    private void unique(MailDomain domain, String address, Long self) {
        repository.byAddress(domain, address).filter(e -> !e.id().equals(self)).ifPresent(e -> {
            throw new ConflictException("the address book of " + domain.name() + " already has " + address);
        });
    }

    private DomainAddressEntry find(MailDomain domain, long id) {
        return repository.entry(domain, id).orElseThrow(() -> new NotFoundException("no address book entry " + id
                + " in " + domain.name()));
    }

    private static EntryView view(DomainAddressEntry e) {
        return new EntryView(e.id(), e.name(), e.address(), e.phone(), e.department());
    }

    private static EntryView view(Account a) {
        String name = a.displayName() == null || a.displayName().isBlank()
                ? a.address().substring(0, a.address().indexOf('@')) : a.displayName();
        return new EntryView(null, name, a.address(), null, null);
    }
}
