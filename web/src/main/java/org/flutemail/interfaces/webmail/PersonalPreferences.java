package org.flutemail.interfaces.webmail;

import java.util.Locale;
import org.flutemail.application.MailSettingsService.SettingsView;

/**
 * Puts an account's saved display settings into its webmail session: at login (they win over what the
 * browser reports) and when they are saved. Unset ones leave the session as it is.
 */
final class PersonalPreferences {

    private PersonalPreferences() {
    }

    static void applyTo(WebmailSession session, SettingsView saved) {
        applyTo(session, saved.timeZone(), saved.language(), saved.pageSize());
    }

    static void applyTo(WebmailSession session, String timeZone, String language, Integer pageSize) {
        session.useZone(timeZone);
        if (language != null && !language.isBlank()) {
            Locale wanted = Locale.forLanguageTag(language.strip().replace('_', '-'));
            Languages.SUPPORTED.stream().filter(l -> l.toLanguageTag().equals(wanted.toLanguageTag())).findFirst()
                    .ifPresent(session::setLocale);
        }
        if (pageSize != null) {
            session.setPageSize(pageSize);
        }
    }
}
