package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.flutemail.application.internal.KeptFields.Match;
import org.flutemail.domain.Mailbox;
import org.flutemail.protocol.imap.command.SearchKey;

/**
 * Narrows a search to the messages whose kept fields ({@link SubjectIndex}, {@link AddressIndex}) can
 * match its key, so that {@link ImapSearch} looks at those alone, when the key requires such a field:
 * a text key on it, alone or ANDed with other keys.
 */
@ApplicationScoped
public class SearchNarrowing {

    @Inject
    SubjectIndex subjects;

    @Inject
    AddressIndex addresses;

    /**
     * The messages of {@code mailbox} (a row read in the caller's transaction) the key can match: those it
     * matches for certain, and those only {@link ImapSearch} can decide; empty when no kept field narrows
     * it, so every message is a candidate.
     */
    Optional<Match> candidates(Mailbox mailbox, SearchKey key) {
        if (key instanceof SearchKey.Text text) {
            String field = text.field().toUpperCase(Locale.ROOT);
            String wanted = text.value().toLowerCase(Locale.ROOT);
            for (KeptFields index : List.of(subjects, addresses)) {
                if (index.keeps(field)) {
                    return Optional.of(index.match(mailbox, field, wanted));
                }
            }
            return Optional.empty();
        }
        if (key instanceof SearchKey.And and) {
            // Every part must match: the candidates are those of all narrowing parts, none certain.
            TreeSet<Long> common = null;
            for (SearchKey part : and.keys()) {
                Optional<Match> narrowed = candidates(mailbox, part);
                if (narrowed.isPresent()) {
                    List<Long> all = narrowed.get().all();
                    if (common == null) {
                        common = new TreeSet<>(all);
                    } else {
                        common.retainAll(all);
                    }
                }
            }
            return common == null ? Optional.empty() : Optional.of(new Match(List.of(), new ArrayList<>(common)));
        }
        return Optional.empty();
    }
}
