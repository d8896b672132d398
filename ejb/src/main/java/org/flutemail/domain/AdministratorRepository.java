package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface AdministratorRepository {

    Optional<Administrator> byLogin(String login);

    long count();

    void add(Administrator administrator);

    /** The domain administrators that {@code domain} is granted to, by login. */
    List<Administrator> ofDomain(MailDomain domain);
}
