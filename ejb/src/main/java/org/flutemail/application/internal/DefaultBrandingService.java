package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.AuditLog;
import org.flutemail.application.BrandingService;
import org.flutemail.domain.BrandingRepository;
import org.flutemail.domain.DomainAliasRepository;
import org.flutemail.domain.DomainAlias;
import org.flutemail.domain.DomainBranding;
import org.flutemail.domain.DomainLogo;
import org.flutemail.domain.DomainName;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.HexColour;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.LoginHostNames;
import org.flutemail.domain.LoginText;
import org.flutemail.domain.LogoImage;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.Theme;

@Stateless
public class DefaultBrandingService implements BrandingService {

    @Inject
    AuditLog audit;

    @Inject
    BrandingRepository brandings;

    @Inject
    DomainRepository domains;

    @Inject
    DomainAliasRepository domainAliases;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<String> themes() {
        return Arrays.stream(Theme.values()).map(Theme::id).toList();
    }

    @Override
    public BrandingView get(String domain) {
        MailDomain d = lookups.domain(domain);
        return brandings.of(d).map(DefaultBrandingService::view).orElseGet(() -> stock(d));
    }

    @Override
    public BrandingView update(String domain, BrandingChange change) {
        MailDomain d = lookups.domain(domain);
        // Everything is checked before anything changes: a bad colour leaves the old look whole.
        Theme theme = Theme.byId(change.theme());
        HexColour primary = HexColour.parseOptional(change.primaryColour());
        HexColour accent = HexColour.parseOptional(change.accentColour());
        String text = LoginText.normalize(change.loginText());
        DomainBranding branding = branding(d);
        BrandingView before = view(branding);
        branding.restyle(theme, primary, accent, text, clock.instant());
        BrandingView after = view(branding);
        audit.record("domain.branding.update", d.name(), d.name(), Changes.between(before, after));
        return after;
    }

    @Override
    public BrandingView putLogo(String domain, byte[] image) {
        MailDomain d = lookups.domain(domain);
        LogoImage logo = LogoImage.of(image);
        Optional<DomainLogo> stored = brandings.logoOf(d);
        stored.ifPresentOrElse(l -> l.replaceWith(logo), () -> brandings.addLogo(new DomainLogo(d, logo)));
        DomainBranding branding = branding(d);
        branding.logoIs(logo, sha256(logo.content()), clock.instant());
        audit.record("domain.branding.logo", d.name(), d.name(), logo.mediaType() + ", " + logo.width() + "x"
                + logo.height() + ", " + logo.content().length + " bytes");
        return view(branding);
    }

    @Override
    public BrandingView removeLogo(String domain) {
        MailDomain d = lookups.domain(domain);
        brandings.logoOf(d).ifPresent(brandings::removeLogo);
        Optional<DomainBranding> branding = brandings.of(d);
        branding.ifPresent(b -> b.logoIs(null, null, clock.instant()));
        audit.record("domain.branding.logo.remove", d.name(), d.name(), null);
        return branding.map(DefaultBrandingService::view).orElseGet(() -> stock(d));
    }

    @Override
    public Optional<DomainLook> lookOfDomain(String domainOrAlias) {
        return served(domainOrAlias).flatMap(brandings::of).map(DefaultBrandingService::look);
    }

    @Override
    public Optional<DomainLook> lookOfHost(String host) {
        return LoginHostNames.candidates(host).stream().map(this::served).flatMap(Optional::stream)
                .findFirst().flatMap(brandings::of).map(DefaultBrandingService::look);
    }

    @Override
    public Optional<LogoContent> logo(String domainOrAlias) {
        Optional<MailDomain> domain = served(domainOrAlias);
        Optional<String> version = domain.flatMap(brandings::of).map(DefaultBrandingService::logoVersion);
        return domain.flatMap(brandings::logoOf)
                .map(l -> new LogoContent(l.mediaType(), l.content(), version.orElse(null)));
    }

    /** An active domain by its name or one of its aliases; suspended, deleted and unknown alike: none. */
    private Optional<MailDomain> served(String name) {
        String normalized;
        try {
            normalized = DomainName.normalize(name);
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
        return domains.byName(normalized).or(() -> domainAliases.byName(normalized).map(DomainAlias::domain))
                .filter(MailDomain::isActive);
    }

    private DomainBranding branding(MailDomain d) {
        return brandings.of(d).orElseGet(() -> {
            DomainBranding created = new DomainBranding(d, clock.instant());
            brandings.add(created);
            return created;
        });
    }

    private static BrandingView stock(MailDomain d) {
        return new BrandingView(d.name(), Theme.CLASSIC.id(), null, null, null, null, null);
    }

    private static BrandingView view(DomainBranding b) {
        return new BrandingView(b.domain().name(), b.theme().id(), text(b.primaryColour()), text(b.accentColour()),
                b.loginText(), b.logoType(), logoVersion(b));
    }

    /** The first 64 bits of the logo's digest: enough to tell one logo from the next in a URL. */
    private static String logoVersion(DomainBranding b) {
        return b.logoDigest() == null ? null : b.logoDigest().substring(0, 16);
    }

    private static DomainLook look(DomainBranding b) {
        BrandingView v = view(b);
        return new DomainLook(v.domain(), v.theme(), v.primaryColour(), v.accentColour(),
                b.primaryColour() != null && b.primaryColour().wantsDarkText(), v.loginText(), v.logoVersion());
    }

    private static String text(HexColour colour) {
        return colour == null ? null : colour.value();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
