package org.flutemail.migration.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.migration.SourceFolder;
import org.flutemail.migration.SourceMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaildirSourceTest {

    @TempDir
    Path root;

    @Test
    void foldersAreInboxAndTheMaildirPlusPlusSubfoldersWithTheirHierarchyAndDecodedNames() throws IOException {
        maildir(root);
        maildir(root.resolve(".Sent"));
        maildir(root.resolve(".Work"));
        maildir(root.resolve(".Work.Reports"));
        maildir(root.resolve(".&XfJT0ZAB-"));
        Files.createDirectories(root.resolve(".not-a-maildir"));

        List<SourceFolder> folders = new MaildirSource(root).folders();

        assertThat(folders).extracting(SourceFolder::path).containsExactly(List.of("INBOX"), List.of("已发送"),
                List.of("Sent"), List.of("Work"), List.of("Work", "Reports"));
    }

    @Test
    void messagesComeInDeliveryOrderWithFlagsKeywordsDatesAndCrlfLineEnds() throws IOException {
        maildir(root);
        Files.writeString(root.resolve("dovecot-keywords"), "0 $Label1\n1 Important\n");
        write(root.resolve("cur/1500000002.M2P2.host,S=20:2,FRSb"), "Subject: b\n\nsecond\n", "2017-07-14T02:40:02Z");
        write(root.resolve("new/1500000003.M3P3.host"), "Subject: c\n\nthird\n", "2017-07-14T02:40:03Z");
        write(root.resolve("cur/1500000001.M1P1.host:2,DP"), "Subject: a\r\n\r\nfirst\r\n", "2017-07-14T02:40:01Z");

        List<SourceMessage> messages = messages(root, SourceFolder.inbox());

        assertThat(messages).extracting(SourceMessage::label).containsExactly("1500000001.M1P1.host",
                "1500000002.M2P2.host,S=20", "1500000003.M3P3.host");
        SourceMessage a = messages.get(0);
        assertThat(a.flags().draft()).isTrue();
        assertThat(a.flags().keywords()).containsExactly("$Forwarded");
        SourceMessage b = messages.get(1);
        assertThat(b.flags().seen()).isTrue();
        assertThat(b.flags().answered()).isTrue();
        assertThat(b.flags().flagged()).isTrue();
        assertThat(b.flags().keywords()).containsExactly("Important");
        assertThat(b.internalDate()).isEqualTo(Instant.parse("2017-07-14T02:40:02Z"));
        assertThat(messages.get(2).flags().seen()).isFalse();
        assertThat(content(b)).isEqualTo("Subject: b\r\n\r\nsecond\r\n");
        assertThat(content(a)).isEqualTo("Subject: a\r\n\r\nfirst\r\n");
    }

    @Test
    void theKeyIsTheUniqueNameSoAChangeOfFlagsKeepsIt() throws IOException {
        maildir(root);
        Path file = root.resolve("cur/1500000001.M1P1.host:2,");
        write(file, "Subject: a\n\nx\n", "2017-07-14T02:40:01Z");
        String before = messages(root, SourceFolder.inbox()).get(0).key();
        Files.move(file, root.resolve("cur/1500000001.M1P1.host:2,S"));

        assertThat(messages(root, SourceFolder.inbox()).get(0).key()).isEqualTo(before);
    }

    @Test
    void aDirectoryThatIsNoMaildirIsRefused() {
        assertThatThrownBy(() -> new MaildirSource(root).folders()).hasMessageContaining("not a Maildir");
    }

    private static void maildir(Path dir) throws IOException {
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(dir.resolve(sub));
        }
    }

    private static void write(Path file, String content, String modified) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    private static List<SourceMessage> messages(Path root, SourceFolder folder) throws IOException {
        List<SourceMessage> messages = new ArrayList<>();
        new MaildirSource(root).messages(folder, messages::add);
        return messages;
    }

    private static String content(SourceMessage m) throws IOException {
        try (InputStream in = m.content().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
