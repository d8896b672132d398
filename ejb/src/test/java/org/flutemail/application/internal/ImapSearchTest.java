package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.SearchKey;
import org.junit.jupiter.api.Test;

/** Searches on header fields read the header alone; only BODY and TEXT read the whole message. */
class ImapSearchTest {

    private static final Charset GB = Charset.forName("GB18030");
    private static final String FROM = "=?gb18030?B?" + Base64.getEncoder().encodeToString("张三".getBytes(GB))
            + "?= <zhang@example.test>";
    private static final byte[] HEADER = ("From: " + FROM + "\r\nTo: li@example.test\r\nSubject: report\r\n"
            + "Date: Mon, 30 Nov 2026 08:00:00 +0800\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENT = (new String(HEADER, StandardCharsets.US_ASCII) + "the quarterly figures\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final StoredMessage message = StoredMessage.deliveredTo(new Mailbox(null, "INBOX", null, 1), "k", 100,
            new MessageSummary("zhang@example.test", "li@example.test", "report", null, "<1@example.test>"),
            Instant.parse("2026-11-30T00:00:00Z"), null);
    private final List<String> reads = new ArrayList<>();

    @Test
    void headerFieldsAreSearchedInTheHeaderAlone() {
        assertThat(matches(new SearchKey.Text("FROM", "张三"))).isTrue();
        assertThat(matches(new SearchKey.Text("FROM", "zhang@example"))).isTrue();
        assertThat(matches(new SearchKey.Text("TO", "li@"))).isTrue();
        assertThat(matches(new SearchKey.Header("Date", "nov 2026"))).isTrue();
        assertThat(matches(new SearchKey.Text("CC", "li@"))).isFalse();

        assertThat(reads).containsOnly("header");
    }

    @Test
    void bodyAndTextReadTheWholeMessage() {
        assertThat(matches(new SearchKey.Text("BODY", "quarterly"))).isTrue();
        assertThat(matches(new SearchKey.Text("TEXT", "figures"))).isTrue();
        assertThat(matches(new SearchKey.Text("BODY", "zhang"))).isFalse();

        assertThat(reads).containsOnly("content");
    }

    private boolean matches(SearchKey key) {
        ImapSearch search = new ImapSearch(key, m -> read("content", CONTENT), m -> read("header", HEADER),
                Instant.parse("2026-11-30T12:00:00Z"));
        return search.matches(message);
    }

    private byte[] read(String what, byte[] bytes) throws IOException {
        reads.add(what);
        return bytes;
    }
}
