package org.flutemail.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalizationTest {

    /** RFC 6376 section 3.4.6. */
    private static final String EXAMPLE = "A: X\r\nB : Y\t\r\n\tZ  \r\n\r\n C \r\nD \t E\r\n\r\n\r\n";

    @Test
    void relaxedMatchesTheRfcExample() throws IOException {
        InputStream in = stream(EXAMPLE);
        List<HeaderField> fields = HeaderReader.read(in);
        assertThat(fields.stream().map(Canonicalization.RELAXED::header)).containsExactly("a:X\r\n", "b:Y Z\r\n");
        assertThat(bodyHash(Canonicalization.RELAXED, in)).isEqualTo(sha256(" C\r\nD E\r\n"));
    }

    @Test
    void simpleMatchesTheRfcExample() throws IOException {
        InputStream in = stream(EXAMPLE);
        List<HeaderField> fields = HeaderReader.read(in);
        assertThat(fields.stream().map(Canonicalization.SIMPLE::header))
                .containsExactly("A: X\r\n", "B : Y\t\r\n\tZ  \r\n");
        assertThat(bodyHash(Canonicalization.SIMPLE, in)).isEqualTo(sha256(" C \r\nD \t E\r\n"));
    }

    @Test
    void anEmptyBodyIsCrlfInSimpleAndNothingInRelaxed() {
        assertThat(hash(Canonicalization.SIMPLE, "")).isEqualTo(sha256("\r\n"));
        assertThat(hash(Canonicalization.SIMPLE, "\r\n\r\n")).isEqualTo(sha256("\r\n"));
        assertThat(hash(Canonicalization.RELAXED, "")).isEqualTo(sha256(""));
        assertThat(hash(Canonicalization.RELAXED, " \r\n\t\r\n")).isEqualTo(sha256(""));
    }

    @Test
    void aMissingFinalCrlfIsAddedAndBareLineFeedsCountAsCrlf() {
        assertThat(hash(Canonicalization.SIMPLE, "a\nb")).isEqualTo(sha256("a\r\nb\r\n"));
        assertThat(hash(Canonicalization.RELAXED, "a  \nb \t")).isEqualTo(sha256("a\r\nb\r\n"));
    }

    @Test
    void theBodyMayArriveInAnyPiecesAndALengthLimitCutsTheHash() {
        byte[] body = "x  y \r\n\r\nz\r\n".getBytes(StandardCharsets.ISO_8859_1);
        for (int split = 0; split <= body.length; split++) {
            BodyHasher h = new BodyHasher(Canonicalization.RELAXED, DkimSigner.sha256(), -1);
            h.write(body, 0, split);
            h.write(body, split, body.length - split);
            assertThat(h.finish()).isEqualTo(sha256("x y\r\n\r\nz\r\n"));
        }
        BodyHasher limited = new BodyHasher(Canonicalization.RELAXED, DkimSigner.sha256(), 3);
        limited.write(body, 0, body.length);
        assertThat(limited.finish()).isEqualTo(sha256("x y"));
        assertThat(limited.length()).isEqualTo(10);
    }

    @Test
    void theSignatureValueIsBlankedButBhIsKept() {
        assertThat(SignedData.withoutSignatureValue("DKIM-Signature: a=x; bh=abc;\r\n\tb=Zm9v\r\n\tYmFy; d=e"))
                .isEqualTo("DKIM-Signature: a=x; bh=abc;\r\n\tb=; d=e");
    }

    private static byte[] hash(Canonicalization c, String body) {
        try {
            return bodyHash(c, stream(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bodyHash(Canonicalization c, InputStream in) throws IOException {
        BodyHasher h = new BodyHasher(c, DkimSigner.sha256(), -1);
        in.transferTo(h);
        return h.finish();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.ISO_8859_1));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
