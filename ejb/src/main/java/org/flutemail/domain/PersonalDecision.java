package org.flutemail.domain;

import java.util.List;
import java.util.Set;

/**
 * What a recipient's settings make of one arriving message.
 *
 * @param folder    where to store it: a folder's name, or a special-use role such as {@code \Junk}
 *                  (it begins with a backslash) for the account's folder with that role; null when it is
 *                  not kept (forwarded without a copy)
 * @param flags     IMAP flags it is stored with ({@code \Seen}, {@code \Flagged})
 * @param forwardTo addresses to forward it to
 * @param blocked   the sender is on the block list: no reply, no forwarding
 */
public record PersonalDecision(String folder, Set<String> flags, List<String> forwardTo, boolean blocked) {

    public PersonalDecision {
        flags = Set.copyOf(flags);
        forwardTo = List.copyOf(forwardTo);
    }

    public boolean kept() {
        return folder != null;
    }
}
