package org.flutemail.protocol.smtp.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.flutemail.connector.api.MessageContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledContentTest {

    @TempDir
    Path spool;

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'm');
        return bytes;
    }

    private long spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }

    private static byte[] read(MessageContent content) throws IOException {
        try (InputStream in = content.openStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void smallContentStaysInMemory() throws IOException {
        try (SpooledContent content = new SpooledContent(1000, 100, spool)) {
            content.write(bytes(100), 0, 100);
            assertThat(content.isSpooledToFile()).isFalse();
            assertThat(read(content.finish())).hasSize(100);
        }
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void largeContentSpillsToAFileThatCloseDeletes() throws IOException {
        SpooledContent content = new SpooledContent(10_000, 100, spool);
        content.write(bytes(60), 0, 60);
        content.write(bytes(60), 0, 60);
        assertThat(content.isSpooledToFile()).isTrue();
        assertThat(spoolFiles()).isEqualTo(1);
        MessageContent finished = content.finish();
        assertThat(finished.size()).isEqualTo(120);
        assertThat(read(finished)).isEqualTo(bytes(120));
        assertThat(read(finished)).as("each stream starts over").hasSize(120);
        content.close();
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void contentPastTheLimitIsCountedButNotKept() throws IOException {
        try (SpooledContent content = new SpooledContent(150, 1000, spool)) {
            for (int i = 0; i < 1000; i++) {
                content.write(bytes(100), 0, 100);
            }
            assertThat(content.received()).isEqualTo(100_000);
            assertThat(content.exceededLimit()).isTrue();
            assertThat(content.isSpooledToFile()).as("only 150 bytes were kept: under the threshold").isFalse();
            assertThatThrownBy(content::finish).isInstanceOf(IllegalStateException.class);
        }
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void writeFailureIsRememberedNotThrown() throws IOException {
        Path missing = spool.resolve("does-not-exist");
        try (SpooledContent content = new SpooledContent(1000, 10, missing)) {
            content.write(bytes(50), 0, 50);
            assertThat(content.failed()).isTrue();
        }
    }
}
