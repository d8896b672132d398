package org.flutemail.protocol.smtp.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code Mail-parameters} / {@code Rcpt-parameters} (RFC 5321 section 4.1.2): space-separated
 * {@code esmtp-keyword[=esmtp-value]}. Whether a keyword is supported is the session's call; here only
 * the shape is checked, and a keyword given twice is refused.
 */
final class ParameterParser {

    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern VALUE = Pattern.compile("[\\x21-\\x3c\\x3e-\\x7e]+");

    private ParameterParser() {
    }

    /** @throws IllegalArgumentException when a parameter is malformed or repeated */
    static List<Command.Parameter> parse(String text) {
        List<Command.Parameter> parameters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : text.strip().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            int equals = token.indexOf('=');
            String keyword = equals < 0 ? token : token.substring(0, equals);
            String value = equals < 0 ? null : token.substring(equals + 1);
            if (!KEYWORD.matcher(keyword).matches() || value != null && !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("malformed parameter " + token);
            }
            keyword = keyword.toUpperCase(Locale.ROOT);
            if (!seen.add(keyword)) {
                throw new IllegalArgumentException("repeated parameter " + keyword);
            }
            parameters.add(new Command.Parameter(keyword, value));
        }
        return parameters;
    }
}
