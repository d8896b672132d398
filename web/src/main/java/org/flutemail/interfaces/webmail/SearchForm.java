package org.flutemail.interfaces.webmail;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flutemail.application.ReadingViews.SearchCriteria;

/**
 * What the user typed in the search panel and chose in the quick filter above the message list. Days
 * are the user's days: "until 3 May" takes in all of 3 May in the user's time zone.
 */
public class SearchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The quick filter's choices; {@code ALL} filters nothing. */
    public enum Quick {
        ALL, UNREAD, FLAGGED, ATTACHMENT
    }

    private String from;
    private String recipient;
    private String subject;
    private String body;
    private LocalDate since;
    private LocalDate until;
    private boolean attachment;
    private boolean allFolders;
    private Quick quick = Quick.ALL;

    /** The criteria for a search from {@code folder} (or all), or null when the days are the wrong way round. */
    SearchCriteria criteria(String folder, ZoneId zone) {
        if (since != null && until != null && until.isBefore(since)) {
            return null;
        }
        return new SearchCriteria(allFolders ? null : folder, from, recipient, subject, body,
                since == null ? null : since.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(),
                attachment || quick == Quick.ATTACHMENT, quick == Quick.UNREAD, quick == Quick.FLAGGED);
    }

    /** Whether nothing narrows the list: the folder's own list then answers, paged by the database. */
    boolean asksNothing() {
        return blank(from) && blank(recipient) && blank(subject) && blank(body) && since == null && until == null
                && !attachment && !allFolders && quick == Quick.ALL;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    void clear() {
        from = null;
        recipient = null;
        subject = null;
        body = null;
        since = null;
        until = null;
        attachment = false;
        allFolders = false;
        quick = Quick.ALL;
    }

    public Quick[] getQuickChoices() {
        return Quick.values();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public boolean isAttachment() {
        return attachment;
    }

    public void setAttachment(boolean attachment) {
        this.attachment = attachment;
    }

    public boolean isAllFolders() {
        return allFolders;
    }

    public void setAllFolders(boolean allFolders) {
        this.allFolders = allFolders;
    }

    public Quick getQuick() {
        return quick;
    }

    public void setQuick(Quick quick) {
        this.quick = quick == null ? Quick.ALL : quick;
    }
}
