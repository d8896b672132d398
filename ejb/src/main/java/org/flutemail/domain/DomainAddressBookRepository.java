package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

/** The entries of domains' public address books. */
public interface DomainAddressBookRepository {

    /** The domain's entries by name. */
    List<DomainAddressEntry> entries(MailDomain domain);

    Optional<DomainAddressEntry> entry(MailDomain domain, long id);

    Optional<DomainAddressEntry> byAddress(MailDomain domain, String address);

    void add(DomainAddressEntry entry);

    void remove(DomainAddressEntry entry);
}
