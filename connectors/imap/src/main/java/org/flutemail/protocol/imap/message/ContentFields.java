package org.flutemail.protocol.imap.message;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MIME facts of one part that BODYSTRUCTURE reports, read from its header: content type and
 * parameters, id, description, transfer encoding, disposition, language, location, MD5. Header texts
 * are kept as raw octets, since an 8-bit header in an unknown charset must reach the client unchanged.
 */
public record ContentFields(String type, String subtype, Map<String, String> parameters, byte[] id,
        byte[] description, String encoding, String dispositionType, Map<String, String> dispositionParameters,
        byte[] language, byte[] location, byte[] md5) {

    public static ContentFields of(MimePart part) {
        HeaderBlock header = part.header();
        ContentType type = ContentType.parse(header.value("Content-Type"), part.type() + "/" + part.subtype());
        Map<String, String> parameters = type.parameters();
        if (part.type().equals("text") && !parameters.containsKey("charset")) {
            // RFC 2045 section 5.2: text without a charset is US-ASCII; clients expect to be told so.
            Map<String, String> withCharset = new LinkedHashMap<>();
            withCharset.put("charset", "us-ascii");
            withCharset.putAll(parameters);
            parameters = withCharset;
        }
        String encoding = header.value("Content-Transfer-Encoding");
        String disposition = header.value("Content-Disposition");
        String dispositionType = null;
        Map<String, String> dispositionParameters = Map.of();
        if (disposition != null) {
            int semicolon = disposition.indexOf(';');
            dispositionType = (semicolon < 0 ? disposition : disposition.substring(0, semicolon)).trim();
            dispositionParameters = ContentType.parametersOf(disposition);
        }
        return new ContentFields(part.type(), part.subtype(), parameters, raw(header, "Content-ID"),
                raw(header, "Content-Description"), encoding == null ? "7bit" : encoding.trim(), dispositionType,
                dispositionParameters, raw(header, "Content-Language"), raw(header, "Content-Location"),
                raw(header, "Content-MD5"));
    }

    /** A header value as the octets written, or null. */
    public static byte[] raw(HeaderBlock header, String name) {
        String value = header.value(name);
        return value == null ? null : value.getBytes(StandardCharsets.ISO_8859_1);
    }
}
