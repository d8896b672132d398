package org.flutemail.domain;

import java.util.List;
import java.util.Locale;

/**
 * A recipient's RFC 3461 requests: when to be told (NOTIFY) and the address the sender originally
 * used (ORCPT). Without NOTIFY, a server reports failures and may report delays, as RFC 3461 4.1 says.
 */
public record RecipientDsn(List<String> notifyOn, String original) {

    public static final RecipientDsn DEFAULT = new RecipientDsn(List.of(), "");

    public RecipientDsn {
        notifyOn = notifyOn.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        original = original == null ? "" : original;
    }

    public boolean wantsFailure() {
        return notifyOn.isEmpty() || notifyOn.contains("FAILURE");
    }

    public boolean wantsDelay() {
        return notifyOn.isEmpty() || notifyOn.contains("DELAY");
    }

    public boolean wantsSuccess() {
        return notifyOn.contains("SUCCESS");
    }

    /**
     * The requests an alias hands its several targets, with {@code original} as ORCPT: failures and
     * delays as asked, never success (the alias answers that itself, RFC 3461's "expanded").
     */
    public RecipientDsn withoutSuccess(String original) {
        if (notifyOn.isEmpty()) {
            return new RecipientDsn(List.of(), original);
        }
        List<String> rest = notifyOn.stream().filter(n -> !n.equals("SUCCESS")).toList();
        return new RecipientDsn(rest.isEmpty() ? List.of("NEVER") : rest, original);
    }

    /** NOTIFY as stored: comma-separated, empty for "not given". */
    public String notifyText() {
        return String.join(",", notifyOn);
    }

    public static RecipientDsn of(String notifyText, String original) {
        return new RecipientDsn(notifyText == null || notifyText.isBlank() ? List.of()
                : List.of(notifyText.split(",")), original);
    }
}
