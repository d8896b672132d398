package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.ContactService;
import org.flutemail.contacts.ContactCard;
import org.flutemail.contacts.ContactCsvWriter;
import org.flutemail.contacts.VCardWriter;
import org.flutemail.domain.Account;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.Contact;
import org.flutemail.domain.ContactDetails;
import org.flutemail.domain.ContactGroup;
import org.flutemail.domain.ContactRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.NotFoundException;

@Stateless
public class DefaultContactService implements ContactService {

    @Inject
    ContactRepository repository;

    @Inject
    ContactImport contactImport;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<ContactView> contacts(String account) {
        return repository.contacts(lookups.account(account)).stream().map(this::view).toList();
    }

    @Override
    public long save(String account, Long id, ContactDetails details, List<Long> groupIds) {
        Account owner = lookups.account(account);
        Contact contact;
        if (id == null) {
            contact = new Contact(owner, details, clock.instant());
            repository.add(contact);
        } else {
            contact = contact(owner, id);
            contact.change(details);
        }
        List<Long> wanted = groupIds == null ? List.of() : groupIds;
        for (ContactGroup group : repository.groups(owner)) {
            if (wanted.contains(group.id())) {
                group.add(contact);
            } else {
                group.remove(contact);
            }
        }
        return contact.id();
    }

    @Override
    public void delete(String account, long id) {
        Account owner = lookups.account(account);
        repository.remove(contact(owner, id));
    }

    @Override
    public List<GroupView> groups(String account) {
        return repository.groups(lookups.account(account)).stream().map(g -> new GroupView(g.id(), g.name(),
                g.members().stream().map(c -> c.name() + " <" + c.addresses().get(0) + ">").toList())).toList();
    }

    @Override
    public long saveGroup(String account, Long id, String name) {
        Account owner = lookups.account(account);
        ContactGroup group = id == null ? null : group(owner, id);
        Optional<ContactGroup> sameName = name == null ? Optional.empty() : repository.groupNamed(owner, name.strip());
        if (sameName.isPresent() && sameName.get() != group) {
            throw new ConflictException("there is already a group named " + name.strip());
        }
        if (group == null) {
            group = new ContactGroup(owner, name, clock.instant());
            repository.add(group);
        } else {
            group.rename(name);
        }
        return group.id();
    }

    @Override
    public void deleteGroup(String account, long id) {
        Account owner = lookups.account(account);
        repository.remove(group(owner, id));
    }

    @Override
    public ImportReport importFile(String account, byte[] data) {
        return contactImport.importInto(lookups.account(account), data);
    }

    @Override
    public byte[] exportVCard(String account) {
        return VCardWriter.write(cards(account));
    }

    @Override
    public byte[] exportCsv(String account) {
        return ContactCsvWriter.write(cards(account));
    }

    private List<ContactCard> cards(String account) {
        return contacts(account).stream().map(c -> new ContactCard(c.name(), c.addresses(), c.phone(), c.company(),
                c.notes(), c.groups())).toList();
    }

    @Override
    public long addSender(String account, String from) {
        Account owner = lookups.account(account);
        InternetAddress sender;
        try {
            sender = new InternetAddress(from == null ? "" : from.strip(), false);
        } catch (AddressException e) {
            throw new InvalidAddressException(String.valueOf(from));
        }
        String address = EmailAddress.parse(sender.getAddress()).toString();
        List<Contact> known = repository.withAddress(owner, address);
        if (!known.isEmpty()) {
            return known.get(0).id();
        }
        Contact contact = new Contact(owner, new ContactDetails(sender.getPersonal(), List.of(address), null, null,
                null), clock.instant());
        repository.add(contact);
        return contact.id();
    }

    private ContactView view(Contact c) {
        ContactDetails d = c.details();
        List<ContactGroup> groups = repository.groupsOf(c);
        return new ContactView(c.id(), d.name(), d.addresses(), d.phone(), d.company(), d.notes(),
                groups.stream().map(ContactGroup::id).toList(), groups.stream().map(ContactGroup::name).toList());
    }

    private Contact contact(Account owner, long id) {
        return repository.contact(owner, id).orElseThrow(() -> new NotFoundException("no contact " + id));
    }

    private ContactGroup group(Account owner, long id) {
        return repository.group(owner, id).orElseThrow(() -> new NotFoundException("no group " + id));
    }
}
