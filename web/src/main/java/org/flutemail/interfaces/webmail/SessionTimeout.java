package org.flutemail.interfaces.webmail;

/**
 * How long a webmail session may sit idle before the server forgets it: the system property
 * {@code flute.webmail.session.idle.minutes} (a server setting, see wildfly-config), 30 minutes when
 * unset or not a positive number.
 */
final class SessionTimeout {

    static final String PROPERTY = "flute.webmail.session.idle.minutes";
    static final int DEFAULT_MINUTES = 30;

    private SessionTimeout() {
    }

    static int seconds() {
        return minutes(System.getProperty(PROPERTY)) * 60;
    }

    static int minutes(String value) {
        try {
            int minutes = Integer.parseInt(value == null ? "" : value.strip());
            return minutes > 0 ? minutes : DEFAULT_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }
}
