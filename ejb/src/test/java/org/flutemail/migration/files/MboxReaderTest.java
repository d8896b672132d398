package org.flutemail.migration.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxReaderTest {

    private static final String TWO_MESSAGES = "From alice@old.example Thu Mar  5 09:00:00 2015\n"
            + "Subject: one\n\nHello\n>From the start\n>>From deeper\n>>>From deepest\n\n"
            + "From bob@old.example Fri Mar  6 10:00:00 2015\n"
            + "Subject: two\n\nBye\n";

    @Test
    void splitsAtFromLinesAndUnquotesOneLevelOfQuotedFromLines() throws IOException {
        List<MboxReader.Message> messages = read(TWO_MESSAGES);

        assertThat(messages).hasSize(2);
        assertThat(text(messages.get(0))).isEqualTo(
                "Subject: one\r\n\r\nHello\r\nFrom the start\r\n>From deeper\r\n>>From deepest\r\n");
        assertThat(text(messages.get(1))).isEqualTo("Subject: two\r\n\r\nBye\r\n");
        assertThat(messages.get(0).position()).isZero();
        assertThat(messages.get(1).position()).isEqualTo(1);
    }

    @Test
    void crlfAndLfFilesGiveTheSameMessages() throws IOException {
        List<MboxReader.Message> lf = read(TWO_MESSAGES);
        List<MboxReader.Message> crlf = read(TWO_MESSAGES.replace("\n", "\r\n"));

        assertThat(crlf).hasSameSizeAs(lf);
        for (int i = 0; i < lf.size(); i++) {
            assertThat(crlf.get(i).content()).isEqualTo(lf.get(i).content());
        }
    }

    @Test
    void aTruncatedLastMessageKeepsWhatIsThereWithItsLastLineEnded() throws IOException {
        List<MboxReader.Message> messages = read(TWO_MESSAGES + "\nFrom carol@old.example Sat Mar  7 11:00:00 2015\n"
                + "Subject: three\n\nThis line was cut sho");

        assertThat(messages).hasSize(3);
        assertThat(text(messages.get(1))).isEqualTo("Subject: two\r\n\r\nBye\r\n");
        assertThat(text(messages.get(2))).isEqualTo("Subject: three\r\n\r\nThis line was cut sho\r\n");
    }

    @Test
    void anUnquotedFromInABodyDoesNotSplitUnlessItLooksLikeAFromLine() throws IOException {
        List<MboxReader.Message> messages = read("From a@b Thu Mar  5 09:00:00 2015\n"
                + "Subject: x\n\nDear all,\nFrom me, with love\nend\n");

        assertThat(messages).hasSize(1);
        assertThat(text(messages.get(0))).contains("Dear all,\r\nFrom me, with love\r\nend\r\n");
    }

    @Test
    void theFromLineDateIsTheInternalDateAndStatusFieldsGiveFlags() throws IOException {
        MboxReader.Message m = read("From a@b Thu Mar  5 09:00:00 2015\nStatus: RO\nX-Status: AF\nSubject: x\n\nbody\n")
                .get(0);

        assertThat(m.fromLineDate()).isEqualTo(Instant.parse("2015-03-05T09:00:00Z"));
        assertThat(m.flags().seen()).isTrue();
        assertThat(m.flags().answered()).isTrue();
        assertThat(m.flags().flagged()).isTrue();
        assertThat(m.flags().draft()).isFalse();
    }

    @Test
    void aFromLineWithoutADateStillStartsAMessageAfterAnEmptyLine() throws IOException {
        List<MboxReader.Message> messages = read("From MAILER-DAEMON\nSubject: a\n\nx\n\nFrom someone\nSubject: b\n\ny\n");

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).fromLineDate()).isNull();
        assertThat(text(messages.get(1))).isEqualTo("Subject: b\r\n\r\ny\r\n");
    }

    @Test
    void aFileThatIsNotAnMboxIsRefusedAndAnEmptyOneHasNoMessages() throws IOException {
        assertThatThrownBy(() -> read("Subject: no From line\n\nbody\n")).hasMessageContaining("not an mbox file");
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }

    private static List<MboxReader.Message> read(String mbox) throws IOException {
        MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        List<MboxReader.Message> messages = new ArrayList<>();
        MboxReader.Message m;
        while ((m = reader.next()) != null) {
            messages.add(m);
        }
        return messages;
    }

    private static String text(MboxReader.Message m) {
        return new String(m.content(), StandardCharsets.UTF_8);
    }
}
