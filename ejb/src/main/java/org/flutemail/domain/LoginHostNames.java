package org.flutemail.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The domains a login page's host name may stand for, most specific first: {@code webmail.example.test}
 * is the domain {@code webmail.example.test} if that is served, else {@code example.test}. Only the
 * usual first labels of a webmail host are taken off; an IP address or a name without a dot stands for
 * no domain (the stock look).
 */
public final class LoginHostNames {

    private static final Set<String> WEBMAIL_LABELS = Set.of("mail", "webmail", "www", "email");

    private LoginHostNames() {
    }

    /** @param host the request's Host header (a port, a trailing dot and upper case are allowed) */
    public static List<String> candidates(String host) {
        if (host == null || host.isBlank() || host.startsWith("[")) {
            return List.of();
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (!name.contains(".") || name.matches("[0-9.]+")) {
            return List.of();
        }
        String whole;
        try {
            whole = DomainName.normalize(name);
        } catch (InvalidAddressException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(whole));
        int dot = whole.indexOf('.');
        String rest = whole.substring(dot + 1);
        if (WEBMAIL_LABELS.contains(whole.substring(0, dot)) && rest.contains(".")) {
            out.add(rest);
        }
        return out;
    }
}
