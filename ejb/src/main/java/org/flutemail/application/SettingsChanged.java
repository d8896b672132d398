package org.flutemail.application;

import java.util.Map;

/**
 * Server settings were changed (a CDI event, fired in the changing transaction). Carries every setting's
 * value that applies after the change, so an observer after the commit needs no database.
 *
 * @param applied the value of each {@link Setting}, by key; empty where none applies
 */
public record SettingsChanged(Map<String, String> applied) {

    public SettingsChanged {
        applied = Map.copyOf(applied);
    }

    public String value(Setting setting) {
        return applied.getOrDefault(setting.key(), "");
    }
}
