package org.flutemail.application;

import java.util.List;
import java.util.Map;

/** The server settings of {@link Setting}: what applies, what is stored, and changing them (audited). */
public interface SettingsService {

    /**
     * One setting: the value that applies, the stored one (null when none, so the default applies) and
     * the default from the system property or environment (empty when there is none).
     */
    record SettingView(String key, String value, String stored, String fallback) {
    }

    List<SettingView> list();

    /**
     * Stores the given settings at once, all or none: an unknown name or a value the setting does not
     * take is an {@code InvalidRequestException} and nothing changes. A null or blank value removes the
     * stored one, so the default applies again.
     */
    List<SettingView> update(Map<String, String> changes);
}
