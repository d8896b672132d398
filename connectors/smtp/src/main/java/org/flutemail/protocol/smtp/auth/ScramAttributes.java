package org.flutemail.protocol.smtp.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code a=value,b=value} attribute lists of SCRAM messages (RFC 5802 section 7) and
 * decodes {@code saslname}s. Each message is parsed by position, as the grammar fixes the order.
 */
final class ScramAttributes {

    private ScramAttributes() {
    }

    /** One {@code name=value} pair; the name is a single letter. */
    record Attribute(char name, String value) {
    }

    /** @throws IllegalArgumentException when an item is not {@code letter=value} */
    static List<Attribute> parse(String text) {
        List<Attribute> attributes = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.length() < 2 || item.charAt(1) != '=' || !Character.isLetter(item.charAt(0))) {
                throw new IllegalArgumentException("bad SCRAM attribute");
            }
            attributes.add(new Attribute(item.charAt(0), item.substring(2)));
        }
        return attributes;
    }

    /** The value of the attribute at {@code index}, which must be named {@code name}. */
    static String require(List<Attribute> attributes, int index, char name) {
        if (attributes.size() <= index || attributes.get(index).name() != name) {
            throw new IllegalArgumentException("SCRAM attribute " + name + " missing");
        }
        return attributes.get(index).value();
    }

    /** RFC 5802: in a saslname, {@code =2C} stands for a comma and {@code =3D} for an equals sign. */
    static String saslName(String encoded) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '=') {
                name.append(c);
            } else if (encoded.startsWith("=2C", i)) {
                name.append(',');
                i += 2;
            } else if (encoded.startsWith("=3D", i)) {
                name.append('=');
                i += 2;
            } else {
                throw new IllegalArgumentException("bad saslname escape");
            }
        }
        if (name.length() == 0) {
            throw new IllegalArgumentException("empty saslname");
        }
        return name.toString();
    }
}
