package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface SignatureRepository {

    /** The account's signatures in the order they were made. */
    List<Signature> ofAccount(Account account);

    Optional<Signature> byId(Account account, long id);

    void add(Signature signature);

    void remove(Signature signature);
}
