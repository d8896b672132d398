package org.flutemail.domain;

import java.util.Optional;

/** Domains' branding rows and their logos. Both go with their domain (ON DELETE CASCADE). */
public interface BrandingRepository {

    Optional<DomainBranding> of(MailDomain domain);

    void add(DomainBranding branding);

    Optional<DomainLogo> logoOf(MailDomain domain);

    void addLogo(DomainLogo logo);

    void removeLogo(DomainLogo logo);
}
