package org.flutemail.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.MessageFlags;
import org.junit.jupiter.api.Test;

class AccountImporterTest {

    private final FakeSource source = new FakeSource();
    private final FakeTarget target = new FakeTarget();

    AccountImporterTest() {
        source.folder("INBOX", 3);
        source.folder("Sent Items", 2);
    }

    @Test
    void copiesEveryFolderInOrderAndASecondRunCopiesNothing() {
        ImportReport first = AccountImporter.run(source, target, r -> { });
        ImportReport second = AccountImporter.run(source, target, r -> { });

        assertThat(first.copied()).isEqualTo(5);
        assertThat(first.folders()).isEqualTo(2);
        assertThat(first.error()).isNull();
        assertThat(target.stored.get("INBOX")).containsExactly("INBOX-1", "INBOX-2", "INBOX-3");
        assertThat(target.stored.get("Sent")).containsExactly("Sent Items-1", "Sent Items-2");
        assertThat(second.copied()).isZero();
        assertThat(second.skipped()).isEqualTo(5);
        assertThat(source.opened).as("contents downloaded in both runs").isEqualTo(5);
    }

    @Test
    void aRunCutShortIsCompletedByTheNextWithoutDuplicates() {
        source.dropConnectionAfter = 2;
        ImportReport cut = AccountImporter.run(source, target, r -> { });
        source.dropConnectionAfter = Integer.MAX_VALUE;
        ImportReport resumed = AccountImporter.run(source, target, r -> { });

        assertThat(cut.error()).contains("connection lost");
        assertThat(cut.copied()).isEqualTo(2);
        assertThat(resumed.copied()).isEqualTo(3);
        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(target.stored.values().stream().mapToInt(List::size).sum()).isEqualTo(5);
        assertThat(target.keys).hasSize(5);
    }

    @Test
    void aMessageThatFailsIsReportedAndTheOthersAreCopied() {
        target.failOn = "INBOX-2";

        ImportReport report = AccountImporter.run(source, target, r -> { });

        assertThat(report.copied()).isEqualTo(4);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.folder()).isEqualTo("INBOX");
            assertThat(p.item()).isEqualTo("#2");
            assertThat(p.reason()).isEqualTo("disk full");
        });
        target.failOn = null;
        assertThat(AccountImporter.run(source, target, r -> { }).copied()).as("retried by the next run").isEqualTo(1);
    }

    @Test
    void aKeyRecordedByAConcurrentRunCountsAsSkipped() {
        target.recordedElsewhere.add("INBOX-1");

        ImportReport report = AccountImporter.run(source, target, r -> { });

        assertThat(report.copied()).isEqualTo(4);
        assertThat(report.skipped()).isEqualTo(1);
    }

    /** Folders of numbered messages; the connection can drop after some downloads. */
    private static final class FakeSource implements MailSource {
        final Map<String, Integer> folders = new LinkedHashMap<>();
        int dropConnectionAfter = Integer.MAX_VALUE;
        int opened;

        void folder(String name, int messages) {
            folders.put(name, messages);
        }

        @Override
        public List<SourceFolder> folders() {
            return folders.keySet().stream().map(n -> new SourceFolder(n, List.of(n), null)).toList();
        }

        @Override
        public void messages(SourceFolder folder, MessageSink sink) throws IOException {
            for (int i = 1; i <= folders.get(folder.name()); i++) {
                String key = folder.name() + "-" + i;
                sink.accept(new SourceMessage(key, "#" + i, MessageFlags.NONE, null, () -> {
                    if (opened >= dropConnectionAfter) {
                        throw new SourceUnavailableException("connection lost");
                    }
                    opened++;
                    return new ByteArrayInputStream(key.getBytes(StandardCharsets.US_ASCII));
                }));
            }
        }

        @Override
        public void close() {
        }
    }

    /** Remembers keys as the database does: in the same step as the message. */
    private static final class FakeTarget implements ImportTarget {
        final Map<String, List<String>> stored = new LinkedHashMap<>();
        final Set<String> keys = new HashSet<>();
        final Set<String> recordedElsewhere = new HashSet<>();
        String failOn;

        @Override
        public Set<String> importedKeys() {
            return Set.copyOf(keys);
        }

        @Override
        public void ensureFolder(TargetFolder folder) {
            stored.putIfAbsent(folder.name(), new ArrayList<>());
        }

        @Override
        public boolean store(TargetFolder folder, SourceMessage message) throws IOException {
            if (recordedElsewhere.contains(message.key())) {
                return false;
            }
            String content;
            try (InputStream in = message.content().open()) {
                content = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            if (message.key().equals(failOn)) {
                throw new IOException("disk full");
            }
            stored.get(folder.name()).add(content);
            keys.add(message.key());
            return true;
        }
    }
}
