package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface DomainRepository {

    Optional<MailDomain> byName(String name);

    List<MailDomain> all();

    void add(MailDomain domain);

    /** Domains pending deletion whose grace period is over at {@code now}. */
    List<MailDomain> dueForRemoval(Instant now);

    /**
     * Removes the domain with its accounts (their mailboxes and messages), aliases and everything else
     * of it in the database, and returns the keys of the blobs its messages and spooled mail used: once
     * this transaction has committed, the caller removes those nothing else refers to.
     */
    Set<String> removeWithData(MailDomain domain);

    long accountCount(MailDomain domain);
}
