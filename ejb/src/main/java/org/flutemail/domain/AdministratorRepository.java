package org.flutemail.domain;

import java.util.Optional;

public interface AdministratorRepository {

    Optional<Administrator> byLogin(String login);

    long count();

    void add(Administrator administrator);
}
