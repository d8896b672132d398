package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface DkimKeyRepository {

    /** The domain's keys, oldest first. */
    List<DkimKey> ofDomain(MailDomain domain);

    Optional<DkimKey> bySelector(MailDomain domain, String selector);

    /** The active keys of the domain named {@code domainName} (normalized), if it is served here and active. */
    List<DkimKey> activeFor(String domainName);

    void add(DkimKey key);

    void remove(DkimKey key);
}
