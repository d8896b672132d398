package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface DomainRepository {

    Optional<MailDomain> byName(String name);

    List<MailDomain> all();

    void add(MailDomain domain);

    void remove(MailDomain domain);

    /** Accounts plus aliases in the domain: what stops it from being deleted. */
    long addressCount(MailDomain domain);

    long accountCount(MailDomain domain);
}
