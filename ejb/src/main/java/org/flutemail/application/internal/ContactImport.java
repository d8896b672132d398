package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.ContactService.ImportReport;
import org.flutemail.contacts.ContactCard;
import org.flutemail.contacts.ContactFile;
import org.flutemail.contacts.ContactFiles;
import org.flutemail.domain.Account;
import org.flutemail.domain.Contact;
import org.flutemail.domain.ContactDetails;
import org.flutemail.domain.ContactGroup;
import org.flutemail.domain.ContactRepository;

/**
 * Puts the cards of an address book file into an account's book, in the caller's transaction: a card
 * that shares an address with a contact replaces that contact (importing the same file twice changes
 * nothing), its groups are made when missing; a card the domain refuses (a field too long) is reported
 * like a bad row of the file.
 */
@ApplicationScoped
class ContactImport {

    @Inject
    ContactRepository repository;

    @Inject
    Clock clock;

    ImportReport importInto(Account owner, byte[] data) {
        ContactFile file = ContactFiles.read(data);
        List<String> problems = new ArrayList<>(file.problems());
        int imported = 0;
        for (ContactCard card : file.cards()) {
            ContactDetails details = new ContactDetails(card.name(), card.addresses(), card.phone(), card.company(),
                    card.notes());
            try {
                Contact contact = existing(owner, card).orElse(null);
                if (contact == null) {
                    contact = new Contact(owner, details, clock.instant());
                    repository.add(contact);
                } else {
                    contact.change(details);
                }
                for (String name : card.groups()) {
                    Contact member = contact;
                    group(owner, name).ifPresent(g -> g.add(member));
                }
                imported++;
            } catch (IllegalArgumentException e) {
                problems.add(card.name() + " <" + card.addresses().get(0) + ">: " + e.getMessage());
            }
        }
        return new ImportReport(imported, problems);
    }

    private Optional<Contact> existing(Account owner, ContactCard card) {
        return card.addresses().stream().flatMap(a -> repository.withAddress(owner, a).stream()).findFirst();
    }

    /** The group of that name, made if missing; none for a name a group cannot have. */
    private Optional<ContactGroup> group(Account owner, String name) {
        Optional<ContactGroup> found = repository.groupNamed(owner, name);
        if (found.isPresent() || !ContactGroup.validName(name) || name.length() > ContactGroup.MAX_NAME) {
            return found;
        }
        ContactGroup made = new ContactGroup(owner, name, clock.instant());
        repository.add(made);
        return Optional.of(made);
    }
}
