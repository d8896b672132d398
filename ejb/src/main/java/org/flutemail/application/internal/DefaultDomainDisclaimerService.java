package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.flutemail.application.AuditLog;
import org.flutemail.application.DomainDisclaimerService;
import org.flutemail.domain.DomainDisclaimer;
import org.flutemail.domain.DomainDisclaimerRepository;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.MailDomain;

@Stateless
public class DefaultDomainDisclaimerService implements DomainDisclaimerService {

    @Inject
    DomainDisclaimerRepository disclaimers;

    @Inject
    Lookups lookups;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public DisclaimerView get(String domainName) {
        MailDomain domain = lookups.domain(domainName);
        return disclaimers.ofDomain(domain).map(d -> view(domain, d))
                .orElse(new DisclaimerView(domain.name(), false, "", null, false));
    }

    @Override
    public DisclaimerView update(String domainName, DisclaimerView wanted) {
        MailDomain domain = lookups.domain(domainName);
        String plain = wanted.plainText() == null ? "" : wanted.plainText().strip();
        String html = wanted.htmlText() == null || wanted.htmlText().isBlank() ? null : wanted.htmlText().strip();
        if (wanted.enabled() && plain.isEmpty()) {
            throw new InvalidRequestException("an enabled disclaimer needs its plain text");
        }
        if (plain.length() > DomainDisclaimer.MAX_PLAIN) {
            throw new InvalidRequestException("the plain text is longer than " + DomainDisclaimer.MAX_PLAIN + " characters");
        }
        if (html != null && html.length() > DomainDisclaimer.MAX_HTML) {
            throw new InvalidRequestException("the HTML is longer than " + DomainDisclaimer.MAX_HTML + " characters");
        }
        Optional<DomainDisclaimer> existing = disclaimers.ofDomain(domain);
        DomainDisclaimer disclaimer = existing.orElseGet(() -> new DomainDisclaimer(domain));
        disclaimer.change(wanted.enabled(), plain, html, wanted.internalToo(), clock.instant());
        if (existing.isEmpty()) {
            disclaimers.add(disclaimer);
        }
        audit.record("domain.disclaimer", domain.name(), domain.name(), "enabled: " + wanted.enabled()
                + "; between local accounts too: " + wanted.internalToo() + "; plain text: " + plain.length()
                + " characters; HTML: " + (html == null ? "from the plain text" : html.length() + " characters"));
        return view(domain, disclaimer);
    }

    private static DisclaimerView view(MailDomain domain, DomainDisclaimer d) {
        return new DisclaimerView(domain.name(), d.enabled(), d.plainText(), d.htmlText(), d.internalToo());
    }
}
