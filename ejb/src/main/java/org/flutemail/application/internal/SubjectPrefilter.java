package org.flutemail.application.internal;

import java.util.Locale;
import java.util.Optional;

import org.flutemail.protocol.imap.command.SearchKey;

/**
 * The text a search's every match must have in its subject, when the key says so (SUBJECT alone or
 * ANDed with other keys) and the text is ASCII: the mailbox's kept subjects ({@link SubjectIndex}) can
 * then narrow the messages to look at before {@link ImapSearch} decides exactly.
 */
final class SubjectPrefilter {

    private SubjectPrefilter() {
    }

    /** The lower-cased text, or empty when the key does not require one the database can look for. */
    static Optional<String> of(SearchKey key) {
        if (key instanceof SearchKey.Text text && text.field().equalsIgnoreCase("SUBJECT")) {
            String wanted = text.value().toLowerCase(Locale.ROOT);
            return wanted.isEmpty() || !wanted.chars().allMatch(c -> c < 0x80) ? Optional.empty() : Optional.of(wanted);
        }
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().map(SubjectPrefilter::of).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }
}
