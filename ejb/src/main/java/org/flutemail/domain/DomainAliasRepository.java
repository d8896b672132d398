package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface DomainAliasRepository {

    Optional<DomainAlias> byName(String name);

    /** The aliases of one domain, by name. */
    List<DomainAlias> of(MailDomain domain);

    void add(DomainAlias alias);

    void remove(DomainAlias alias);
}
