package org.flutemail.pipeline;

import java.util.Set;

/**
 * Where a recipient's own settings put a mail.
 *
 * @param folder the folder to store it in, or null when it is not stored (forwarded without a copy)
 * @param flags  IMAP flags to store it with
 */
public record PersonalDisposition(String folder, Set<String> flags) {

    /** No settings, or settings that change nothing for this mail. */
    public static final PersonalDisposition INBOX = new PersonalDisposition("INBOX", Set.of());

    public PersonalDisposition {
        flags = Set.copyOf(flags);
    }

    public boolean plainInbox() {
        return equals(INBOX);
    }
}
