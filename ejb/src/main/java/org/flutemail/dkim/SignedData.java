package org.flutemail.dkim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The octets a DKIM signature covers (RFC 6376 3.7): the header fields named by {@code h=}, each
 * instance picked from the bottom of the header up, then the DKIM-Signature field itself with the
 * value of {@code b=} emptied and no final CRLF. Signer and verifier share this so they cannot differ.
 */
final class SignedData {

    private SignedData() {
    }

    static byte[] of(List<HeaderField> fields, List<String> signedNames, HeaderField signature,
            Canonicalization canonicalization) {
        StringBuilder data = new StringBuilder();
        List<HeaderField> unused = new ArrayList<>(fields);
        for (String name : signedNames) {
            // A name listed more often than it occurs contributes nothing: that is how oversigning works.
            for (int i = unused.size() - 1; i >= 0; i--) {
                if (unused.get(i).is(name)) {
                    data.append(canonicalization.header(unused.remove(i)));
                    break;
                }
            }
        }
        HeaderField blanked = new HeaderField(signature.name(), withoutSignatureValue(signature.raw()));
        String last = canonicalization.header(blanked);
        data.append(last, 0, last.length() - 2);
        return data.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The field with the value of its {@code b=} tag (and the white space around it) removed. */
    static String withoutSignatureValue(String raw) {
        int start = raw.indexOf(':') + 1;
        while (start <= raw.length()) {
            int end = raw.indexOf(';', start);
            if (end < 0) {
                end = raw.length();
            }
            int eq = raw.indexOf('=', start);
            if (eq > 0 && eq < end && raw.substring(start, eq).strip().equals("b")) {
                return raw.substring(0, eq + 1) + raw.substring(end);
            }
            start = end + 1;
        }
        return raw;
    }
}
