package org.flutemail.interfaces.webmail;

import java.util.List;
import java.util.Locale;
import org.flutemail.application.AddressCompletionService;

/**
 * What the To, Cc and Bcc fields offer for the address being typed (the text after the last comma or
 * semicolon): the local domain after "@", else matches from the address books, each offered as the
 * whole field with that last address replaced.
 */
final class AddressCompletion {

    static final int LIMIT = 10;

    private AddressCompletion() {
    }

    static List<String> offers(String typed, String account, AddressCompletionService books) {
        int cut = lastSeparator(typed) + 1;
        String head = typed.substring(0, cut);
        String last = typed.substring(cut);
        int at = last.lastIndexOf('@');
        if (at >= 0) {
            String domain = account.substring(account.indexOf('@') + 1);
            String partial = last.substring(at + 1);
            if (partial.equalsIgnoreCase(domain) || !domain.startsWith(partial.toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            return List.of(typed.substring(0, typed.length() - partial.length()) + domain);
        }
        if (last.isBlank()) {
            return List.of();
        }
        String lead = head.isEmpty() ? "" : head + " ";
        return books.complete(account, last.strip(), LIMIT).stream().map(s -> lead + s.value()).toList();
    }

    /** The last address of an offer, as the completion list shows it. */
    static String lastAddress(String offer) {
        return offer.substring(lastSeparator(offer) + 1).strip();
    }

    /**
     * Where the last address starts: after the last comma or semicolon outside quotes, except the ";"
     * that ends a group ("Sales:;").
     */
    private static int lastSeparator(String text) {
        boolean quoted = false;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || (c == ';' && !endsGroup(text, i)))) {
                found = i;
            }
        }
        return found;
    }

    private static boolean endsGroup(String text, int semicolon) {
        int i = semicolon - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':' && semicolon == text.length() - 1;
    }
}
