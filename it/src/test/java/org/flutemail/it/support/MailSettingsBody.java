package org.flutemail.it.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bodies for {@code PUT /api/v1/self/mail-settings}: every field the endpoint takes, set to "nothing on". */
public final class MailSettingsBody {

    private MailSettingsBody() {
    }

    /** No automatic reply, no forwarding, no rules; a mutable map for a test to change. */
    public static Map<String, Object> nothingOn() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("autoReplyEnabled", false);
        settings.put("autoReplyIntervalDays", 7);
        settings.put("forwardTo", List.of());
        settings.put("forwardKeepCopy", true);
        settings.put("rules", List.of());
        return settings;
    }
}
