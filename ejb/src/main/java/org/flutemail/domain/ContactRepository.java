package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

/** An account's contacts and groups. */
public interface ContactRepository {

    /** The account's contacts by name. */
    List<Contact> contacts(Account account);

    Optional<Contact> contact(Account account, long id);

    /** Contacts whose name or an address starts with {@code prefix} (case ignored), by name. */
    List<Contact> matching(Account account, String prefix, int limit);

    /** The account's contacts that have this address (canonical). */
    List<Contact> withAddress(Account account, String address);

    void add(Contact contact);

    void remove(Contact contact);

    List<ContactGroup> groups(Account account);

    Optional<ContactGroup> group(Account account, long id);

    /** The group of this name, case ignored. */
    Optional<ContactGroup> groupNamed(Account account, String name);

    /** The groups a contact is in. */
    List<ContactGroup> groupsOf(Contact contact);

    void add(ContactGroup group);

    void remove(ContactGroup group);
}
