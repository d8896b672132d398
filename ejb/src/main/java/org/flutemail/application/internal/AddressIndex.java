package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.flutemail.domain.Mailbox;

/**
 * The address fields (From, To, Cc, Bcc) of the messages of the mailboxes searched lately, as
 * {@link ImapSearch} compares them ({@link KeptFields}): an IMAP SEARCH FROM of a 10,000-message mailbox
 * otherwise loads 10,000 stored headers and parses each. Each field is kept twice, as its decoded value
 * and as its addresses ({@link SearchableText}), both lower-cased, so the index decides exactly what the
 * message would.
 */
@ApplicationScoped
public class AddressIndex extends KeptFields {

    /** The fields kept, in the order of their values in an entry (value, then addresses, for each). */
    static final List<String> FIELDS = List.of("FROM", "TO", "CC", "BCC");

    /**
     * Mailboxes kept: a few MB per 10,000 messages (the same sender's strings are shared within a
     * reading).
     */
    static final int MAILBOXES = 16;

    @Inject
    MessageStructures structures;

    public AddressIndex() {
        super(MAILBOXES);
    }

    @Override
    boolean keeps(String field) {
        return FIELDS.contains(field);
    }

    @Override
    Predicate<String[]> contains(String field, String wanted) {
        int at = 2 * FIELDS.indexOf(field);
        return fields -> ImapSearch.addressFieldContains(fields[at], fields[at + 1], wanted);
    }

    @Override
    List<Entry> read(Mailbox mailbox, long fromUid, long belowUid) {
        Map<Long, byte[]> headers;
        try {
            headers = structures.headersByUid(mailbox, fromUid, belowUid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> shared = new HashMap<>();
        List<Entry> entries = new ArrayList<>(headers.size());
        headers.forEach((uid, header) -> {
            SearchableText text = new SearchableText(header);
            String[] fields = new String[2 * FIELDS.size()];
            for (int i = 0; i < FIELDS.size(); i++) {
                fields[2 * i] = share(shared, text.header(FIELDS.get(i)));
                fields[2 * i + 1] = share(shared, text.addresses(FIELDS.get(i)));
            }
            entries.add(new Entry(uid, fields, true));
        });
        return entries;
    }

    private static String share(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }
}
