package org.flutemail.domain;

import java.util.Optional;

public interface DomainDisclaimerRepository {

    Optional<DomainDisclaimer> ofDomain(MailDomain domain);

    /** The enabled disclaimer of the active domain named {@code domainName} (normalized), if any. */
    Optional<DomainDisclaimer> enabledFor(String domainName);

    void add(DomainDisclaimer disclaimer);
}
