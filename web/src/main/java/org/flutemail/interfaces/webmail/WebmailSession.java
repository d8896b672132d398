package org.flutemail.interfaces.webmail;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Who is logged in to this browser session, and how they read: language and time zone. The account
 * is set only by {@link LoginScreen} after the server accepted the password.
 */
@Named
@SessionScoped
public class WebmailSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private String pendingPasswordChange;
    private Locale locale;
    private ZoneId zone = ZoneId.systemDefault();
    private int pageSize = DEFAULT_PAGE_SIZE;

    /** Messages per page of the message list unless the user saved another number. */
    public static final int DEFAULT_PAGE_SIZE = 25;

    public boolean isLoggedIn() {
        return account != null;
    }

    public String getAccount() {
        return account;
    }

    void loggedIn(String address) {
        this.account = address;
        this.pendingPasswordChange = null;
    }

    /** The account that proved its password but must replace it before it may read mail. */
    public String getPendingPasswordChange() {
        return pendingPasswordChange;
    }

    void passwordChangeRequired(String address) {
        this.account = null;
        this.pendingPasswordChange = address;
    }

    void passwordChanged() {
        this.pendingPasswordChange = null;
    }

    /** The language chosen in the screens; null until the user picks one (the browser's then applies). */
    public Locale getLocale() {
        return locale;
    }

    void setLocale(Locale locale) {
        this.locale = locale;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The browser's IANA zone name; an unknown one keeps the server's. */
    void useZone(String zoneName) {
        if (zoneName == null || zoneName.isBlank()) {
            return;
        }
        try {
            zone = ZoneId.of(zoneName.strip());
        } catch (DateTimeException e) {
            // keep the default
        }
    }

    /** Messages per page of the message list (a personal setting, else 25). */
    public int getPageSize() {
        return pageSize;
    }

    void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /** A date and time in the user's zone, written the way their language writes it. */
    public String format(Instant instant, Locale display) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(display)
                .withZone(zone).format(instant);
    }
}
