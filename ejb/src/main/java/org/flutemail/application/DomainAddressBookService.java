package org.flutemail.application;

import java.io.Serializable;
import java.util.List;

/**
 * A domain's public address book. The entries are kept by the domain's administrators (the caller
 * checks that through {@link CallerGuard}); every account of the domain reads them, followed by the
 * domain's active accounts that no entry names (see docs/adr/0010).
 */
public interface DomainAddressBookService {

    /** An entry ({@code id} set) or an account of the domain listed by itself ({@code id} null). */
    record EntryView(Long id, String name, String address, String phone, String department)
            implements Serializable {
    }

    /** What a domain administrator writes. */
    record EntryRequest(String name, String address, String phone, String department) {
    }

    /** The kept entries only, by name. */
    List<EntryView> entries(String domain);

    /** What the domain's users see: the entries, then the accounts no entry names, each by name. */
    List<EntryView> book(String domain);

    /**
     * @throws org.flutemail.domain.InvalidAddressException for a bad address
     * @throws org.flutemail.domain.InvalidRequestException for a missing name or a field too long
     * @throws org.flutemail.domain.ConflictException when the domain's book already has the address
     */
    EntryView add(String domain, EntryRequest entry);

    EntryView change(String domain, long id, EntryRequest entry);

    void delete(String domain, long id);
}
