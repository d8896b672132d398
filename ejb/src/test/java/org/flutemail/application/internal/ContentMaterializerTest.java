package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.flutemail.domain.BlobKey;
import org.flutemail.infrastructure.blob.FileBlobStore;
import org.flutemail.pipeline.Mail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentMaterializerTest {

    private static final byte[] ORIGINAL = "Subject: hello\r\nFrom: a@remote.test\r\n\r\nbody\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    private final ContentMaterializer materializer = new ContentMaterializer();

    @BeforeEach
    void blobs() throws IOException {
        materializer.blobs = new FileBlobStore(root);
    }

    @Test
    void aSmallMailWithPrependedHeadersIsWrittenAndKeptInMemoryAsWritten() throws IOException {
        Mail mail = mail(ORIGINAL);
        mail.prependHeader("Received", "from remote.test");
        byte[] expected = concat(mail.prefix(), ORIGINAL);

        ContentMaterializer.Materialized content = materializer.materialize(materializer.newRun(), mail);

        assertThat(content.octets()).isEqualTo(expected);
        assertThat(stored(content.key())).isEqualTo(expected);
        assertThat(content.size()).isEqualTo(expected.length);
        assertThat(content.summary().subject()).isEqualTo("hello");
        assertThat(content.summary().from()).isEqualTo("a@remote.test");
    }

    @Test
    void aSmallMailWithNothingPrependedIsTheOriginalBlob() throws IOException {
        Mail mail = mail(ORIGINAL);

        ContentMaterializer.Materialized content = materializer.materialize(materializer.newRun(), mail);

        assertThat(content.key().value()).isEqualTo(mail.contentKey());
        assertThat(content.octets()).isEqualTo(ORIGINAL);
        assertThat(content.summary().subject()).isEqualTo("hello");
    }

    @Test
    void aMailAboveTheKeptSizeIsStreamedAndNotKept() throws IOException {
        byte[] large = concat(ORIGINAL, "x".repeat(ContentMaterializer.KEPT_OCTETS).getBytes(StandardCharsets.US_ASCII));
        Mail mail = mail(large);
        mail.prependHeader("Received", "from remote.test");

        ContentMaterializer.Materialized content = materializer.materialize(materializer.newRun(), mail);

        assertThat(content.octets()).isNull();
        assertThat(stored(content.key())).isEqualTo(concat(mail.prefix(), large));
        assertThat(content.summary().subject()).isEqualTo("hello");
    }

    @Test
    void rewrittenContentIsWrittenWithTheHeadersPrependedAfterItAndTheOriginalStaysAsItWas() throws IOException {
        Mail mail = mail(ORIGINAL);
        mail.prependHeader("Received", "from remote.test");
        byte[] rewritten = concat(mail.prefix(), "Subject: hello\r\n\r\nbody\r\n\r\nLegal\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        mail.rewriteContent(rewritten);
        mail.prependHeader("DKIM-Signature", "v=1");
        byte[] expected = concat("DKIM-Signature: v=1\r\n".getBytes(StandardCharsets.US_ASCII), rewritten);

        ContentMaterializer.Materialized content = materializer.materialize(materializer.newRun(), mail);

        assertThat(stored(content.key())).isEqualTo(expected);
        assertThat(content.octets()).isEqualTo(expected);
        assertThat(content.size()).isEqualTo(expected.length).isEqualTo(mail.size());
        assertThat(stored(new BlobKey(mail.contentKey()))).as("the spool's original").isEqualTo(ORIGINAL);
    }

    @Test
    void aSplitPartKeepsTheRewrittenContent() throws IOException {
        Mail mail = new Mail("Q1", "a@example.test", List.of("b@example.test", "c@remote.test"), mail(ORIGINAL).trace(),
                mail(ORIGINAL).contentKey(), ORIGINAL.length);
        byte[] rewritten = "Subject: x\r\n\r\nstamped\r\n".getBytes(StandardCharsets.US_ASCII);
        mail.rewriteContent(rewritten);

        Mail part = mail.split(List.of("c@remote.test"));

        assertThat(stored(materializer.materialize(materializer.newRun(), part).key())).isEqualTo(rewritten);
    }

    @Test
    void oneRunWritesEachStateOfAMailOnce() {
        Mail mail = mail(ORIGINAL);
        mail.prependHeader("Received", "from remote.test");
        ContentMaterializer.Run run = materializer.newRun();

        assertThat(materializer.materialize(run, mail)).isSameAs(materializer.materialize(run, mail));
    }

    private Mail mail(byte[] octets) {
        try {
            BlobKey key = materializer.blobs.put(new ByteArrayInputStream(octets));
            return new Mail("Q1", "a@remote.test", List.of("b@example.test"), new Mail.Trace("192.0.2.1",
                    "remote.test", "mx.example.test", "ESMTP", "", "", Instant.now()), key.value(), octets.length);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private byte[] stored(BlobKey key) throws IOException {
        try (InputStream in = materializer.blobs.open(key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
