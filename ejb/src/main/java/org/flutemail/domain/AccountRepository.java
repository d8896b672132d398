package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> byAddress(String address);

    /** All accounts, or those of one domain when {@code domain} is not null, ordered by address. */
    List<Account> list(MailDomain domain);

    void add(Account account);

    void remove(Account account);
}
