package org.flutemail.protocol.imap.message;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Content-Type field value (RFC 2045 section 5.1): type, subtype and parameters, names lower-cased.
 * A missing or unreadable value is the default the context gives (RFC 2045 section 5.2). Public for
 * the pipeline's disclaimer, which edits the parts this parser locates.
 */
public record ContentType(String type, String subtype, Map<String, String> parameters) {

    public static ContentType parse(String value, String defaultType) {
        String fallbackType = defaultType.substring(0, defaultType.indexOf('/'));
        String fallbackSubtype = defaultType.substring(defaultType.indexOf('/') + 1);
        if (value == null) {
            return new ContentType(fallbackType, fallbackSubtype, Map.of());
        }
        String text = withoutComments(value);
        int semicolon = text.indexOf(';');
        String media = (semicolon < 0 ? text : text.substring(0, semicolon)).trim();
        int slash = media.indexOf('/');
        if (slash <= 0 || slash == media.length() - 1) {
            return new ContentType(fallbackType, fallbackSubtype, parameters(text, semicolon));
        }
        return new ContentType(MimePart.lower(media.substring(0, slash).trim()),
                MimePart.lower(media.substring(slash + 1).trim()), parameters(text, semicolon));
    }

    /** The parameters of a value shaped like Content-Type's, such as Content-Disposition's. */
    static Map<String, String> parametersOf(String value) {
        String text = withoutComments(value);
        return parameters(text, text.indexOf(';'));
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    private static Map<String, String> parameters(String text, int from) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int at = from;
        while (at >= 0 && at < text.length()) {
            int equals = text.indexOf('=', at + 1);
            if (equals < 0) {
                break;
            }
            String name = MimePart.lower(text.substring(at + 1, equals).trim());
            int valueStart = equals + 1;
            while (valueStart < text.length() && text.charAt(valueStart) == ' ') {
                valueStart++;
            }
            StringBuilder value = new StringBuilder();
            int next;
            if (valueStart < text.length() && text.charAt(valueStart) == '"') {
                int i = valueStart + 1;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i));
                    i++;
                }
                next = text.indexOf(';', i);
            } else {
                next = text.indexOf(';', valueStart);
                value.append(text, valueStart, next < 0 ? text.length() : next);
            }
            parameters.putIfAbsent(name, value.toString().trim());
            at = next;
        }
        return parameters;
    }

    private static String withoutComments(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                out.append(c);
                if (c == '\\' && i + 1 < value.length()) {
                    out.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && depth == 0) {
                quoted = true;
                out.append(c);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
