package org.flutemail.application.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.domain.InvalidAddressException;

/**
 * Address groups in a typed address list, written as RFC 5322 writes an empty group: {@code Sales:;}
 * (the completion inserts them so). Each is replaced by its members' addresses, separated by commas,
 * so that what follows (checks, envelope, headers) sees only addresses. Pure: the members come from a
 * look-up the caller gives.
 */
final class GroupRecipients {

    /** A group name cannot hold any of {@code : ; , < > @ "} (see {@code ContactGroup}). */
    private static final Pattern GROUP = Pattern.compile("(^|[,;])\\s*\"?([^,;:<>@\"]+?)\"?\\s*:\\s*;");

    private GroupRecipients() {
    }

    /**
     * @param members the members of the named group (as "Name &lt;address&gt;" or bare addresses), or
     *                empty when the account has no group of that name
     * @throws InvalidAddressException naming a group that does not exist
     */
    static String expand(String typed, Function<String, Optional<List<String>>> members) {
        if (typed == null || typed.indexOf(':') < 0) {
            return typed;
        }
        Matcher m = GROUP.matcher(typed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).strip();
            List<String> found = members.apply(name).orElseThrow(() -> new InvalidAddressException(name + ":;"));
            // The group's ";" also ended it in the list: a comma keeps what follows apart.
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + String.join(", ", found) + ","));
        }
        m.appendTail(out);
        return out.toString();
    }
}
