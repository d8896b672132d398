package org.flutemail.dkim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code tag=value; tag=value} syntax of DKIM signatures and key records (RFC 6376 3.2): white
 * space and folding around tags and values are ignored, a tag may appear once, a trailing semicolon
 * is allowed.
 */
public final class TagList {

    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Map<String, String> tags;

    private TagList(Map<String, String> tags) {
        this.tags = Collections.unmodifiableMap(tags);
    }

    /** @throws IllegalArgumentException for a tag without "=", a bad tag name, or a repeated tag */
    public static TagList parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        String[] specs = text.split(";", -1);
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i].strip();
            if (spec.isEmpty()) {
                if (i == specs.length - 1) {
                    break;
                }
                throw new IllegalArgumentException("empty tag-spec");
            }
            int eq = spec.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + spec + "' has no '='");
            }
            String name = spec.substring(0, eq).strip();
            if (!TAG_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a tag name");
            }
            if (tags.put(name, spec.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("tag " + name + " appears twice");
            }
        }
        return new TagList(tags);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(tags.get(name));
    }

    public String required(String name) {
        String value = tags.get(name);
        if (value == null) {
            throw new IllegalArgumentException("tag " + name + "= is missing");
        }
        return value;
    }

    /** A value with all white space removed, as base64 tags (b=, bh=, p=) are read. */
    public static String compact(String value) {
        return value.replaceAll("[ \\t\\r\\n]", "");
    }
}
