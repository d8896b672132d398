package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flutemail.application.MailSettingsService;
import org.flutemail.application.MailSettingsService.RuleView;
import org.flutemail.application.MailSettingsService.SettingsView;
import org.flutemail.application.MailSettingsService.Usage;
import org.flutemail.domain.AccessDeniedException;

/**
 * The part of the settings screen that acts at delivery (automatic reply, forwarding, block and allow
 * lists, rules) and how the webmail shows mail (time zone, language, page size), with the mailbox
 * usage. Edited here, saved together; what the server does with them is in ADR 0009.
 */
@Named
@ViewScoped
public class PersonalSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    @EJB
    MailSettingsService service;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    @Inject
    Languages languages;

    private boolean autoReplyEnabled;
    private LocalDate autoReplyStart;
    private LocalDate autoReplyEnd;
    private String autoReplySubject;
    private String autoReplyBody;
    private int autoReplyIntervalDays;
    private String forwardTo;
    private boolean forwardKeepCopy;
    private boolean forwardingGranted;
    private String blockedSenders;
    private String allowedSenders;
    private List<RuleView> rules;
    private String timeZone;
    private String language;
    private Integer pageSize;
    private Usage usage;
    private final RuleDraft draft = new RuleDraft();

    @PostConstruct
    void init() {
        SettingsView v = service.settings(session.getAccount());
        autoReplyEnabled = v.autoReplyEnabled();
        autoReplyStart = v.autoReplyStart();
        autoReplyEnd = v.autoReplyEnd();
        autoReplySubject = v.autoReplySubject();
        autoReplyBody = v.autoReplyBody();
        autoReplyIntervalDays = v.autoReplyIntervalDays();
        forwardTo = String.join(", ", v.forwardTo());
        forwardKeepCopy = v.forwardKeepCopy();
        forwardingGranted = v.forwardingGranted();
        blockedSenders = v.blockedSenders();
        allowedSenders = v.allowedSenders();
        rules = new ArrayList<>(v.rules());
        timeZone = v.timeZone();
        language = v.language();
        pageSize = v.pageSize();
        usage = service.usage(session.getAccount());
    }

    public void save() {
        List<String> targets = forwardTo == null || forwardTo.isBlank() ? List.of()
                : Arrays.stream(forwardTo.split("[\\s,;]+")).filter(t -> !t.isBlank()).toList();
        SettingsView v = new SettingsView(autoReplyEnabled, autoReplyStart, autoReplyEnd, autoReplySubject,
                autoReplyBody, autoReplyIntervalDays, targets, forwardKeepCopy, blockedSenders, allowedSenders,
                rules, timeZone, language, pageSize, forwardingGranted);
        try {
            service.save(session.getAccount(), v);
        } catch (EJBException e) {
            refused(e.getCause() == null ? e : e.getCause());
            return;
        } catch (RuntimeException e) {
            refused(e);
            return;
        }
        PersonalPreferences.applyTo(session, timeZone, language, pageSize);
        texts.notice(FacesMessage.SEVERITY_INFO, "rules.saved");
    }

    private void refused(Throwable e) {
        if (e instanceof AccessDeniedException) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "rules.forwarding.denied");
        } else if (e instanceof IllegalArgumentException) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "rules.invalid", e.getMessage());
        } else {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Adds the rule being typed at the end (saved with the rest). */
    public void addRule() {
        rules.add(draft.toView());
        draft.clear();
    }

    public void removeRule(int index) {
        rules.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            rules.add(index - 1, rules.remove(index));
        }
    }

    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public String getUsageLabel() {
        return texts.get(usage.quotaBytes() == null ? "rules.usage.noQuota" : "rules.usage.of",
                ByteSizes.format(usage.usedBytes(), languages.getCurrent()),
                usage.quotaBytes() == null ? "" : ByteSizes.format(usage.quotaBytes(), languages.getCurrent()));
    }

    public Usage getUsage() {
        return usage;
    }

    public RuleDraft getDraft() {
        return draft;
    }

    public List<RuleView> getRules() {
        return rules;
    }

    public boolean isAutoReplyEnabled() {
        return autoReplyEnabled;
    }

    public void setAutoReplyEnabled(boolean autoReplyEnabled) {
        this.autoReplyEnabled = autoReplyEnabled;
    }

    public LocalDate getAutoReplyStart() {
        return autoReplyStart;
    }

    public void setAutoReplyStart(LocalDate autoReplyStart) {
        this.autoReplyStart = autoReplyStart;
    }

    public LocalDate getAutoReplyEnd() {
        return autoReplyEnd;
    }

    public void setAutoReplyEnd(LocalDate autoReplyEnd) {
        this.autoReplyEnd = autoReplyEnd;
    }

    public String getAutoReplySubject() {
        return autoReplySubject;
    }

    public void setAutoReplySubject(String autoReplySubject) {
        this.autoReplySubject = autoReplySubject;
    }

    public String getAutoReplyBody() {
        return autoReplyBody;
    }

    public void setAutoReplyBody(String autoReplyBody) {
        this.autoReplyBody = autoReplyBody;
    }

    public int getAutoReplyIntervalDays() {
        return autoReplyIntervalDays;
    }

    public void setAutoReplyIntervalDays(int autoReplyIntervalDays) {
        this.autoReplyIntervalDays = autoReplyIntervalDays;
    }

    public String getForwardTo() {
        return forwardTo;
    }

    public void setForwardTo(String forwardTo) {
        this.forwardTo = forwardTo;
    }

    public boolean isForwardKeepCopy() {
        return forwardKeepCopy;
    }

    public void setForwardKeepCopy(boolean forwardKeepCopy) {
        this.forwardKeepCopy = forwardKeepCopy;
    }

    public boolean isForwardingGranted() {
        return forwardingGranted;
    }

    public String getBlockedSenders() {
        return blockedSenders;
    }

    public void setBlockedSenders(String blockedSenders) {
        this.blockedSenders = blockedSenders;
    }

    public String getAllowedSenders() {
        return allowedSenders;
    }

    public void setAllowedSenders(String allowedSenders) {
        this.allowedSenders = allowedSenders;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }
}
