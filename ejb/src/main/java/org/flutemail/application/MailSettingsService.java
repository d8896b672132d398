package org.flutemail.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's own settings for the mail they receive (automatic reply and forwarding, block and allow
 * lists, rules run at delivery) and for how the webmail shows it (time zone, language, page size),
 * plus their mailbox usage. The caller passes the logged-in account's address.
 */
public interface MailSettingsService {

    /** One rule; {@code field}, {@code operator} and {@code action} are the names of the domain's enums. */
    record RuleView(String field, String headerName, String operator, String value, String action,
            String argument, boolean stopProcessing) implements Serializable {
    }

    /**
     * Everything the settings screen edits. {@code forwardingGranted} is read-only: whether the
     * account's class of service allows forwarding.
     */
    record SettingsView(boolean autoReplyEnabled, LocalDate autoReplyStart, LocalDate autoReplyEnd,
            String autoReplySubject, String autoReplyBody, int autoReplyIntervalDays, List<String> forwardTo,
            boolean forwardKeepCopy, String blockedSenders, String allowedSenders, List<RuleView> rules,
            String timeZone, String language, Integer pageSize, boolean forwardingGranted) implements Serializable {
    }

    /** Octets used in all folders and the quota (null: none). */
    record Usage(long usedBytes, Long quotaBytes) implements Serializable {

        /** Whole percent of the quota used, 0 without a quota. */
        public int percent() {
            return quotaBytes == null || quotaBytes <= 0 ? 0 : (int) Math.min(100, usedBytes * 100 / quotaBytes);
        }
    }

    SettingsView settings(String account);

    /**
     * Replaces all the settings.
     *
     * @throws org.flutemail.domain.InvalidRequestException for a value that cannot work (bad address,
     *         dates, rule, zone)
     * @throws org.flutemail.domain.AccessDeniedException when forwarding (automatic or by a rule) is set
     *         but the class of service does not grant it
     */
    void save(String account, SettingsView settings);

    Usage usage(String account);
}
