package org.flutemail.dkim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Makes DKIM-Signature fields with relaxed/relaxed canonicalization, a {@code t=} timestamp and no
 * body length limit (an {@code l=} would let anyone append to a signed message).
 *
 * <p>Only the header fields that are present are signed, each as often as it occurs; From is signed
 * once more than it occurs (oversigning) so that nobody can add a second From that a mail reader might
 * show instead. Several keys (say RSA and Ed25519, RFC 8463 section 5) share one pass over the body.
 */
public final class DkimSigner {

    /** What a reader sees and what a replay would want to change. */
    public static final List<String> DEFAULT_HEADERS = List.of("From", "Reply-To", "To", "Cc", "Subject",
            "Date", "Message-ID", "In-Reply-To", "References", "MIME-Version", "Content-Type",
            "Content-Transfer-Encoding");

    private static final int LINE = 76;

    private final List<String> headers;

    public DkimSigner() {
        this(DEFAULT_HEADERS);
    }

    public DkimSigner(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /**
     * @param message the whole message, header and body; read to its end, not closed
     * @return one DKIM-Signature field value per key, in the order of the keys, folded with CRLF TAB
     */
    public List<String> sign(InputStream message, List<DkimSigningKey> keys, Instant now) throws IOException {
        InputStream in = message instanceof BufferedInputStream ? message : new BufferedInputStream(message);
        List<HeaderField> fields = HeaderReader.read(in);
        BodyHasher body = new BodyHasher(Canonicalization.RELAXED, sha256(), -1);
        in.transferTo(body);
        String bodyHash = Base64.getEncoder().encodeToString(body.finish());
        List<String> signedNames = signedNames(fields);
        List<String> values = new ArrayList<>();
        for (DkimSigningKey key : keys) {
            values.add(signature(fields, signedNames, bodyHash, key, now));
        }
        return values;
    }

    private String signature(List<HeaderField> fields, List<String> signedNames, String bodyHash,
            DkimSigningKey key, Instant now) throws IOException {
        StringBuilder v = new StringBuilder();
        v.append("v=1; a=").append(key.algorithm().tag()).append("; c=relaxed/relaxed; d=")
                .append(key.domain()).append("; s=").append(key.selector()).append(";\r\n\tt=")
                .append(now.getEpochSecond()).append("; h=");
        fold(v, String.join(":", signedNames), ':', 6);
        v.append(";\r\n\tbh=").append(bodyHash).append(";\r\n\tb=");
        HeaderField unsigned = new HeaderField("DKIM-Signature", "DKIM-Signature: " + v);
        byte[] data = SignedData.of(fields, signedNames, unsigned, Canonicalization.RELAXED);
        try {
            String b = Base64.getEncoder().encodeToString(key.algorithm().sign(key.key(), data));
            fold(v, b, (char) 0, 3);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign with " + key.selector() + "._domainkey." + key.domain(), e);
        }
        return v.toString();
    }

    private List<String> signedNames(List<HeaderField> fields) {
        List<String> names = new ArrayList<>();
        for (String name : headers) {
            long count = fields.stream().filter(f -> f.is(name)).count();
            if (name.equalsIgnoreCase("From")) {
                count++;
            }
            for (long i = 0; i < count; i++) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * Appends {@code text}, breaking it with CRLF TAB into lines of at most {@link #LINE} characters:
     * after a {@code separator} when there is one, anywhere for base64 (where folding white space is
     * ignored).
     */
    private static void fold(StringBuilder out, String text, char separator, int column) {
        int lineStart = out.lastIndexOf("\n") + 1;
        int col = out.length() - lineStart + column;
        int i = 0;
        while (i < text.length()) {
            int room = Math.max(1, LINE - col);
            if (text.length() - i <= room) {
                out.append(text, i, text.length());
                return;
            }
            int cut = i + room;
            if (separator != 0) {
                int sep = text.lastIndexOf(separator, cut - 1);
                int next = text.indexOf(separator, cut);
                cut = sep >= i ? sep + 1 : next < 0 ? text.length() : next + 1;
            }
            out.append(text, i, cut);
            if (cut < text.length()) {
                out.append("\r\n\t");
            }
            col = 1;
            i = cut;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
