package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface AliasRepository {

    Optional<MailAlias> byAddress(String address);

    /** All aliases, or those of one domain when {@code domain} is not null, ordered by address. */
    List<MailAlias> list(MailDomain domain);

    void add(MailAlias alias);

    void remove(MailAlias alias);
}
