package org.flutemail.domain;

import java.util.Locale;

/**
 * A sign-up request as a person filled it in, checked field by field before anything is looked up:
 * the wanted address ({@link SignupLocalPart}), a display name (required: the administrator deciding
 * needs to know who asks), an optional outside contact address that is not the wanted address itself,
 * a password under the account rules ({@link Passwords#checkStrength}) and the language of the page,
 * which the answer by mail is written in.
 */
public record SignupApplication(EmailAddress address, String displayName, String contactAddress, String language) {

    /** The languages the page and the mails speak; anything else falls back to the first. */
    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";

    /**
     * @throws SignupRefusedException for any field that cannot be used, with the reason why
     */
    public static SignupApplication check(String domain, String localPart, String displayName, String contactAddress,
            String password, String language) {
        if (domain == null || domain.isBlank()) {
            throw SignupRefusedException.invalid("domainMissing", "choose a domain");
        }
        String local = SignupLocalPart.check(localPart);
        EmailAddress address;
        try {
            address = EmailAddress.parse(local + "@" + DomainName.normalize(domain));
        } catch (InvalidAddressException e) {
            throw SignupRefusedException.invalid("domainInvalid", e.getMessage());
        }
        String name;
        try {
            name = DisplayName.of(displayName);
        } catch (InvalidRequestException e) {
            throw SignupRefusedException.invalid("nameInvalid", e.getMessage());
        }
        if (name == null) {
            throw SignupRefusedException.invalid("nameMissing",
                    "give your name, so the administrator knows who asks");
        }
        String contact = null;
        if (contactAddress != null && !contactAddress.isBlank()) {
            try {
                contact = EmailAddress.parse(contactAddress).toString();
            } catch (IllegalArgumentException e) {
                throw SignupRefusedException.invalid("contactInvalid", e.getMessage());
            }
            if (contact.equals(address.toString())) {
                throw SignupRefusedException.invalid("contactSame",
                        "the contact address must be one you have already");
            }
        }
        try {
            Passwords.checkStrength(password);
        } catch (WeakPasswordException e) {
            throw SignupRefusedException.invalid("passwordWeak", e.getMessage());
        }
        return new SignupApplication(address, name, contact, languageOf(language));
    }

    static String languageOf(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }
}
