package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.flutemail.application.ReadingViews.SearchCriteria;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.StoredMessage;
import org.junit.jupiter.api.Test;

/** The webmail's criteria decided by the IMAP matcher: Big5 text decoded, case ignored, every criterion required. */
class WebmailSearchKeyTest {

    private static final Charset BIG5 = Charset.forName("Big5");
    private static final byte[] MESSAGE = ("From: wang@example.test\r\nTo: li@example.test\r\nCc: Chen@Example.test\r\n"
            + "Subject: =?big5?B?" + Base64.getEncoder().encodeToString("會議通知".getBytes(BIG5)) + "?=\r\n"
            + "Content-Type: text/plain; charset=big5\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString("明天開會，請準時 AGENDA".getBytes(BIG5)) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final StoredMessage message = StoredMessage.deliveredTo(new Mailbox(null, "INBOX", null, 1), "k", 100,
            new MessageSummary("wang@example.test", "li@example.test", "會議通知", null, "<1@example.test>"),
            Instant.parse("2026-11-30T00:00:00Z"), null);

    @Test
    void eachCriterionMustHoldAndTextIsDecodedAndCaseInsensitive() {
        assertThat(matches(criteria(null, null, null, "開會", false, false))).isTrue();
        assertThat(matches(criteria(null, null, null, "agenda", false, false))).isTrue();
        assertThat(matches(criteria(null, null, "通知", null, false, false))).isTrue();
        assertThat(matches(criteria("WANG@", null, null, null, false, false))).isTrue();
        assertThat(matches(criteria(null, "chen@example", null, null, false, false))).as("Cc is a recipient").isTrue();
        assertThat(matches(criteria("wang@", null, "通知", "下午", false, false))).as("all must hold").isFalse();
        assertThat(matches(criteria(null, "zhou@", null, null, false, false))).isFalse();
    }

    @Test
    void quickFilterFlagsAreFlagKeys() {
        assertThat(matches(criteria(null, null, null, null, true, false))).as("a new message is unread").isTrue();
        assertThat(matches(criteria(null, null, null, null, false, true))).as("and not flagged").isFalse();
    }

    @Test
    void blankFieldsAskNothing() {
        assertThat(matches(criteria(" ", "", null, "  ", false, false))).isTrue();
    }

    private static SearchCriteria criteria(String from, String recipient, String subject, String body, boolean unread,
            boolean flagged) {
        return new SearchCriteria("INBOX", from, recipient, subject, body, null, null, false, unread, flagged);
    }

    private boolean matches(SearchCriteria criteria) {
        return new ImapSearch(WebmailSearchKey.of(criteria), m -> MESSAGE, m -> MESSAGE, Instant.now()).matches(message);
    }
}
