package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageSubject;
import org.flutemail.domain.MessageSummary;

/**
 * The lower-cased subjects of the messages of the mailboxes searched lately ({@link KeptFields}), so that
 * an IMAP SEARCH SUBJECT compares strings instead of making the database scan and load every row of the
 * mailbox at each search. The subjects are the message rows' (decoded when the message was stored); a
 * subject the row clipped ({@link MessageSummary#MAX_SUBJECT}) is left to the message's header.
 */
@ApplicationScoped
public class SubjectIndex extends KeptFields {

    /** Mailboxes kept: about 1 MB per 10,000 messages. */
    static final int MAILBOXES = 32;

    public SubjectIndex() {
        super(MAILBOXES);
    }

    @Override
    boolean keeps(String field) {
        return field.equals("SUBJECT");
    }

    @Override
    Predicate<String[]> contains(String field, String wanted) {
        return fields -> fields[0] != null && fields[0].contains(wanted);
    }

    @Override
    List<Entry> read(Mailbox mailbox, long fromUid, long belowUid) {
        return messages.subjects(mailbox, fromUid, belowUid).stream().map(SubjectIndex::entry).toList();
    }

    private static Entry entry(MessageSubject message) {
        String subject = message.subject();
        boolean clipped = subject != null && subject.length() >= MessageSummary.MAX_SUBJECT;
        // Lower-cased as ImapSearch compares them; null for a message without a subject.
        return new Entry(message.uid(), new String[] {subject == null ? null : subject.toLowerCase(Locale.ROOT)},
                !clipped);
    }
}
