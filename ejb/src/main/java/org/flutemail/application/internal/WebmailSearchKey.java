package org.flutemail.application.internal;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.application.ReadingViews.SearchCriteria;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.SearchKey;

/**
 * A webmail search's text and flag criteria as the IMAP search key that {@link ImapSearch} decides, so
 * the webmail and IMAP clients find the same messages. Dates and attachments are not IMAP keys of the
 * right shape (the user's day, not UTC's; a part the reader shows as attachment) and are checked apart.
 */
final class WebmailSearchKey {

    private WebmailSearchKey() {
    }

    static SearchKey of(SearchCriteria criteria) {
        List<SearchKey> keys = new ArrayList<>();
        text(keys, "FROM", criteria.from());
        String recipient = wanted(criteria.recipient());
        if (recipient != null) {
            keys.add(new SearchKey.Or(new SearchKey.Text("TO", recipient),
                    new SearchKey.Or(new SearchKey.Text("CC", recipient), new SearchKey.Text("BCC", recipient))));
        }
        text(keys, "SUBJECT", criteria.subject());
        text(keys, "BODY", criteria.body());
        if (criteria.unread()) {
            keys.add(new SearchKey.Flag(StoredMessage.SEEN, false));
        }
        if (criteria.flagged()) {
            keys.add(new SearchKey.Flag(StoredMessage.FLAGGED, true));
        }
        return new SearchKey.And(keys);
    }

    private static void text(List<SearchKey> keys, String field, String value) {
        String wanted = wanted(value);
        if (wanted != null) {
            keys.add(new SearchKey.Text(field, wanted));
        }
    }

    private static String wanted(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
