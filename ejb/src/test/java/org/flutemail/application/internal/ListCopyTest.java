package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.ListReplyTo;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.MailingList;
import org.junit.jupiter.api.Test;

class ListCopyTest {

    private static final String URL = "https://mail.example.test/api/v1/lists/unsubscribe/T.S";

    private final MailingList list = new MailingList(new MailDomain("example.test", Instant.now()),
            EmailAddress.parse("team@example.test"), "Team", "s", Instant.now());

    private String copy(String original) throws IOException {
        try (InputStream in = ListCopy.of(list, new ByteArrayInputStream(original.getBytes(StandardCharsets.ISO_8859_1)),
                URL)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theListFieldsGoInFrontAndTheBodyIsUnchanged() throws IOException {
        String copy = copy("From: a@remote.test\r\nSubject: hi\r\n\r\nbody line\r\n\r\nsecond paragraph\r\n");
        assertThat(copy).isEqualTo("List-Id: Team <team.example.test>\r\n"
                + "List-Help: <mailto:team@example.test?subject=help>\r\n"
                + "List-Post: <mailto:team@example.test>\r\n"
                + "List-Unsubscribe: <" + URL + ">\r\n"
                + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                + "Precedence: list\r\n"
                + "X-Loop: team@example.test\r\n"
                + "Reply-To: Team <team@example.test>\r\n"
                + "From: a@remote.test\r\nSubject: hi\r\n\r\nbody line\r\n\r\nsecond paragraph\r\n");
    }

    @Test
    void anUpstreamListsFieldsAreReplacedButItsLoopMarkStays() throws IOException {
        String copy = copy("List-Id: Other <other.example.test>\r\nList-Unsubscribe:\r\n <https://x/u>\r\n"
                + "Precedence: bulk\r\nX-Loop: other@example.test\r\nReply-To: other@example.test\r\n"
                + "From: a@remote.test\r\n\r\nbody\r\n");
        assertThat(copy).doesNotContain("other.example.test", "https://x/u", "bulk", "Reply-To: other")
                .contains("X-Loop: other@example.test\r\n", "X-Loop: team@example.test\r\n")
                .endsWith("From: a@remote.test\r\n\r\nbody\r\n");
    }

    @Test
    void repliesToTheSenderKeepThePostersReplyTo() throws IOException {
        list.setReplyTo(ListReplyTo.SENDER);
        String copy = copy("From: a@remote.test\r\nReply-To: b@remote.test\r\n\r\nbody\r\n");
        assertThat(copy).contains("Reply-To: b@remote.test\r\n").doesNotContain("Reply-To: Team");
    }

    @Test
    void theSubjectGetsThePrefixOnceAndFoldedFieldsStayWhole() throws IOException {
        list.setSubjectPrefix("[Team]");
        assertThat(copy("Subject: hello\r\n\r\nb")).contains("Subject: [Team] hello\r\n");
        assertThat(copy("Subject: Re: [Team] hello\r\n\r\nb")).contains("Subject: Re: [Team] hello\r\n");
        assertThat(copy("Subject: a long\r\n\tfolded subject\r\nTo: x@y.test\r\n\r\nb"))
                .contains("Subject: [Team] a long\r\n\tfolded subject\r\nTo: x@y.test\r\n\r\nb");
    }

    @Test
    void aChineseNameAndPrefixAreEncodedWordsAndRaw8BitHeadersPassUnchanged() throws IOException {
        list.rename("团队");
        list.setSubjectPrefix("[团队]");
        String raw8bit = new String("Subject: \u4f60\u597d\r\n\r\nb".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        String copy = copy(raw8bit);
        assertThat(copy).startsWith("List-Id: =?UTF-8?B?5Zui6Zif?= <team.example.test>\r\n");
        assertThat(copy).contains("Subject: =?UTF-8?B?W+WboumYn10=?= " + raw8bit.substring("Subject: ".length()));
    }

    @Test
    void aNameWithSpecialsIsQuotedWhereItNamesAnAddress() throws IOException {
        list.rename("Sales, East");
        list.setSubjectPrefix("[Sales, East]");
        String copy = copy("Subject: hi\r\n\r\nb");
        assertThat(copy).contains("List-Id: \"Sales, East\" <team.example.test>\r\n",
                "Reply-To: \"Sales, East\" <team@example.test>\r\n", "Subject: [Sales, East] hi\r\n");
    }

    @Test
    void bareLineFeedsAndAMessageWithoutBodyAreHandled() throws IOException {
        // Fields keep their own line ends; the header is ended with CRLF, as SMTP stores every message.
        assertThat(copy("From: a@remote.test\nSubject: x\n\nbody\n")).endsWith("From: a@remote.test\nSubject: x\r\n\r\nbody\n");
        assertThat(copy("From: a@remote.test\r\nSubject: x")).endsWith("From: a@remote.test\r\nSubject: x\r\n\r\n");
    }
}
