package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one account's own settings decide about the mail it receives and how the webmail shows it:
 * the automatic reply, automatic forwarding, the block and allow lists, the rules, and the time zone,
 * language and page size. One row per account, made the first time the user saves; an account without
 * one gets plain delivery into INBOX.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    public static final int DEFAULT_REPLY_INTERVAL_DAYS = 7;
    public static final int MAX_FORWARD_TEXT = 2000;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    private Account account;

    @Column(name = "auto_reply_enabled", nullable = false)
    private boolean autoReplyEnabled;

    @Column(name = "auto_reply_start")
    private LocalDate autoReplyStart;

    @Column(name = "auto_reply_end")
    private LocalDate autoReplyEnd;

    @Column(name = "auto_reply_subject", length = MAX_SUBJECT)
    private String autoReplySubject;

    @Column(name = "auto_reply_body", length = MAX_BODY)
    private String autoReplyBody;

    @Column(name = "auto_reply_interval_days", nullable = false)
    private int autoReplyIntervalDays = DEFAULT_REPLY_INTERVAL_DAYS;

    @Column(name = "forward_to", length = MAX_FORWARD_TEXT)
    private String forwardTo;

    @Column(name = "forward_keep_copy", nullable = false)
    private boolean forwardKeepCopy = true;

    @Column(name = "blocked_senders", length = SenderList.MAX_TEXT)
    private String blockedSenders;

    @Column(name = "allowed_senders", length = SenderList.MAX_TEXT)
    private String allowedSenders;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "language", length = 16)
    private String language;

    @Column(name = "page_size")
    private Integer pageSize;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_rule", joinColumns = @JoinColumn(name = "settings_id"))
    @OrderColumn(name = "position")
    private List<MailRule> rules = new ArrayList<>();

    protected MailSettings() {
    }

    public MailSettings(Account account) {
        this.account = account;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    /** An automatic reply, or none. {@code start}/{@code end} are days in the account's time zone, inclusive. */
    public record AutoReply(boolean enabled, LocalDate start, LocalDate end, String subject, String body,
            int intervalDays) {

        public boolean activeOn(LocalDate day) {
            return enabled && (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
        }
    }

    public AutoReply autoReply() {
        return new AutoReply(autoReplyEnabled, autoReplyStart, autoReplyEnd, autoReplySubject, autoReplyBody,
                autoReplyIntervalDays);
    }

    /** @throws InvalidRequestException for an enabled reply without text, reversed dates, or a bad interval */
    public void changeAutoReply(AutoReply reply) {
        if (reply.enabled() && (reply.subject() == null || reply.subject().isBlank() || reply.body() == null
                || reply.body().isBlank())) {
            throw new InvalidRequestException("an automatic reply needs a subject and a text");
        }
        if (reply.subject() != null && reply.subject().length() > MAX_SUBJECT
                || reply.body() != null && reply.body().length() > MAX_BODY) {
            throw new InvalidRequestException("the subject may have " + MAX_SUBJECT + " characters, the text "
                    + MAX_BODY);
        }
        if (reply.start() != null && reply.end() != null && reply.end().isBefore(reply.start())) {
            throw new InvalidRequestException("the automatic reply ends before it starts");
        }
        if (reply.intervalDays() < 1 || reply.intervalDays() > 365) {
            throw new InvalidRequestException("a sender is answered again after 1 to 365 days");
        }
        autoReplyEnabled = reply.enabled();
        autoReplyStart = reply.start();
        autoReplyEnd = reply.end();
        autoReplySubject = reply.subject();
        autoReplyBody = reply.body();
        autoReplyIntervalDays = reply.intervalDays();
    }

    /** The addresses mail is forwarded to; empty when it is not. */
    public List<String> forwardTo() {
        List<String> targets = new ArrayList<>();
        if (forwardTo != null && !forwardTo.isBlank()) {
            for (String t : forwardTo.split("[\\s,;]+")) {
                if (!t.isBlank()) {
                    targets.add(t);
                }
            }
        }
        return targets;
    }

    public boolean forwardKeepCopy() {
        return forwardKeepCopy;
    }

    /** @throws InvalidAddressException for a target that is not an address */
    public void changeForwarding(List<EmailAddress> targets, boolean keepCopy) {
        Set<String> unique = new LinkedHashSet<>();
        targets.forEach(t -> unique.add(t.toString()));
        if (unique.contains(account.address())) {
            throw new InvalidRequestException("mail cannot be forwarded to the account itself");
        }
        String text = String.join(", ", unique);
        if (text.length() > MAX_FORWARD_TEXT) {
            throw new InvalidRequestException("too many forwarding addresses");
        }
        forwardTo = text.isEmpty() ? null : text;
        forwardKeepCopy = keepCopy;
    }

    public SenderList blockedSenders() {
        return SenderList.parse(blockedSenders);
    }

    public SenderList allowedSenders() {
        return SenderList.parse(allowedSenders);
    }

    public void changeSenderLists(SenderList blocked, SenderList allowed) {
        blockedSenders = blocked.text().isEmpty() ? null : blocked.text();
        allowedSenders = allowed.text().isEmpty() ? null : allowed.text();
    }

    public List<MailRule> rules() {
        return List.copyOf(rules);
    }

    public void replaceRules(List<MailRule> newRules) {
        if (newRules.size() > 100) {
            throw new InvalidRequestException("at most 100 rules");
        }
        rules.clear();
        rules.addAll(newRules);
    }

    /** The zone the user reads in, or null to use the browser's. */
    public String timeZone() {
        return timeZone;
    }

    public String language() {
        return language;
    }

    public Integer pageSize() {
        return pageSize;
    }

    /** @throws InvalidRequestException for an unknown zone, a language tag that is no tag, or a page size out of range */
    public void changeDisplay(String zone, String languageTag, Integer rows) {
        if (zone != null && !zone.isBlank()) {
            try {
                ZoneId.of(zone.strip());
            } catch (RuntimeException e) {
                throw new InvalidRequestException("unknown time zone: " + zone);
            }
        }
        if (languageTag != null && !languageTag.isBlank() && !languageTag.strip().matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            throw new InvalidRequestException("not a language: " + languageTag);
        }
        if (rows != null && (rows < 5 || rows > 200)) {
            throw new InvalidRequestException("a page shows 5 to 200 messages");
        }
        timeZone = zone == null || zone.isBlank() ? null : zone.strip();
        language = languageTag == null || languageTag.isBlank() ? null : languageTag.strip();
        pageSize = rows;
    }

    /** The zone whose days the automatic reply's dates are: the user's, else the server's. */
    public ZoneId zone() {
        return timeZone == null ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }
}
