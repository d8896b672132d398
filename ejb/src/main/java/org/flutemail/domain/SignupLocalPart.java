package org.flutemail.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The local part a stranger may ask for. Narrower than what an administrator may create
 * ({@link EmailAddress}): letters, digits and {@code . _ -}, beginning and ending with a letter or
 * digit, no two dots in a row, and none of the role names (RFC 2142 and the like) that belong to the
 * domain's operators, so a sign-up can never capture mail meant for postmaster or abuse.
 */
public final class SignupLocalPart {

    public static final int MAX_LENGTH = 64;

    static final Set<String> RESERVED = Set.of("postmaster", "abuse", "hostmaster", "webmaster", "admin",
            "administrator", "root", "security", "noc", "support", "info", "mailer-daemon", "nobody", "noreply",
            "no-reply", "www", "ftp", "uucp", "usenet", "news", "marketing", "sales", "ssl-admin", "domainadmin",
            "list", "lists", "owner", "bounce", "bounces");

    private SignupLocalPart() {
    }

    /**
     * The local part lower-cased, as addresses are stored.
     *
     * @throws SignupRefusedException saying what is wrong with it
     */
    public static String check(String typed) {
        String local = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (local.isEmpty()) {
            throw SignupRefusedException.invalid("localPartMissing", "choose a name for the new address");
        }
        if (local.length() > MAX_LENGTH) {
            throw SignupRefusedException.invalid("localPartLength",
                    "the name may have at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!(isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                throw SignupRefusedException.invalid("localPartCharacters",
                        "the name may contain only letters a-z, digits, '.', '_' and '-'");
            }
        }
        if (!isLetterOrDigit(local.charAt(0)) || !isLetterOrDigit(local.charAt(local.length() - 1))) {
            throw SignupRefusedException.invalid("localPartEnds",
                    "the name must begin and end with a letter or a digit");
        }
        if (local.contains("..")) {
            throw SignupRefusedException.invalid("localPartDots", "the name cannot contain two dots in a row");
        }
        if (RESERVED.contains(local) || local.startsWith("owner-") || local.endsWith("-request")) {
            throw SignupRefusedException.invalid("localPartReserved",
                    "'" + local + "' is reserved for the domain's operators");
        }
        return local;
    }

    /** ASCII only: a local part of other letters would need SMTPUTF8 from every sender. */
    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
