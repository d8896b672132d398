package org.flutemail.application;

import java.util.Optional;
import org.flutemail.domain.InvalidRequestException;

/**
 * Where a listener is placed, as stored in the server settings under {@code listener.<key>}: the port,
 * then {@code off} when it is switched off ("2525", "110 off").
 */
public record ListenerPlacement(String key, int port, boolean enabled) {

    /** Server setting names of placements start with this. */
    public static final String PREFIX = "listener.";

    public ListenerPlacement {
        if (port < 1 || port > 65535) {
            throw new InvalidRequestException("port " + port + " is not between 1 and 65535");
        }
        if (key == null || !key.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidRequestException("'" + key + "' is not a listener name");
        }
    }

    public String settingName() {
        return PREFIX + key;
    }

    public String settingValue() {
        return enabled ? Integer.toString(port) : port + " off";
    }

    /** The placement a stored setting describes; empty for another setting, or a value no longer readable. */
    public static Optional<ListenerPlacement> fromSetting(String name, String value) {
        if (name == null || !name.startsWith(PREFIX) || value == null) {
            return Optional.empty();
        }
        String[] words = value.trim().split("\\s+");
        try {
            boolean off = words.length == 2 && words[1].equals("off");
            if (words.length > 2 || (words.length == 2 && !off)) {
                return Optional.empty();
            }
            return Optional.of(new ListenerPlacement(name.substring(PREFIX.length()), Integer.parseInt(words[0]), !off));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
