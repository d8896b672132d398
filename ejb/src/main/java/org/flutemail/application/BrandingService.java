package org.flutemail.application;

import java.util.List;
import java.util.Optional;

/**
 * Each domain's look in the webmail (theme, colours, logo, login text): changed by the domain's
 * administrators, read by every webmail page. The reading side answers only for active domains, and
 * the same way for unknown and suspended ones (the stock look), so a login page tells nothing about a
 * domain that does not show itself.
 */
public interface BrandingService {

    /**
     * What administrators see and set; colours {@code #rrggbb} or null.
     *
     * @param logoType    the logo's media type, null without a logo
     * @param logoVersion changes whenever the logo does (null without one)
     */
    record BrandingView(String domain, String theme, String primaryColour, String accentColour, String loginText,
            String logoType, String logoVersion) {
    }

    /** A whole new branding (PUT): a null theme is the stock one, null or blank colours and text are none. */
    record BrandingChange(String theme, String primaryColour, String accentColour, String loginText) {
    }

    /**
     * The look a page applies. Colours come out of {@code HexColour}, so they are {@code #rrggbb}.
     *
     * @param darkTextOnPrimary whether the header's text should be dark on the primary colour
     */
    record DomainLook(String domain, String theme, String primaryColour, String accentColour,
            boolean darkTextOnPrimary, String loginText, String logoVersion) {
    }

    record LogoContent(String mediaType, byte[] content, String version) {
    }

    /** The themes' names, the stock one first. */
    List<String> themes();

    BrandingView get(String domain);

    BrandingView update(String domain, BrandingChange change);

    /** Stores {@code image} as the logo after checking its bytes (PNG, JPEG, GIF; size limits). */
    BrandingView putLogo(String domain, byte[] image);

    BrandingView removeLogo(String domain);

    /** The look of an active domain named {@code domainOrAlias}; empty: the stock look. */
    Optional<DomainLook> lookOfDomain(String domainOrAlias);

    /** The look for a login page reached as {@code host} (see {@code LoginHostNames}). */
    Optional<DomainLook> lookOfHost(String host);

    /** An active domain's logo. */
    Optional<LogoContent> logo(String domainOrAlias);
}
