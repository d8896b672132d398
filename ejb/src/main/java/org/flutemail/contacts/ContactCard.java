package org.flutemail.contacts;

import java.util.List;

/**
 * One person as an address book file describes them: a name (may be empty; the first address names
 * them then), addresses checked and canonical, and the groups (Outlook's categories) they are in.
 */
public record ContactCard(String name, List<String> addresses, String phone, String company, String notes,
        List<String> groups) {

    public ContactCard {
        addresses = List.copyOf(addresses);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
