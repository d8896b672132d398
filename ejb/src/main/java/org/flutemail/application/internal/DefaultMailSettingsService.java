package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flutemail.application.MailSettingsService;
import org.flutemail.domain.Access;
import org.flutemail.domain.AccessDeniedException;
import org.flutemail.domain.Account;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.MailRule;
import org.flutemail.domain.MailSettings;
import org.flutemail.domain.MailSettingsRepository;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.RuleAction;
import org.flutemail.domain.RuleField;
import org.flutemail.domain.RuleOperator;
import org.flutemail.domain.SenderList;

@Stateless
public class DefaultMailSettingsService implements MailSettingsService {

    @Inject
    MailSettingsRepository repository;

    @Inject
    MailboxRepository mailboxes;

    @Inject
    Lookups lookups;

    @Override
    public SettingsView settings(String account) {
        Account owner = lookups.account(account);
        MailSettings s = repository.ofAccount(owner).orElseGet(() -> new MailSettings(owner));
        MailSettings.AutoReply reply = s.autoReply();
        return new SettingsView(reply.enabled(), reply.start(), reply.end(), reply.subject(), reply.body(),
                reply.intervalDays(), s.forwardTo(), s.forwardKeepCopy(), s.blockedSenders().text(),
                s.allowedSenders().text(), s.rules().stream().map(DefaultMailSettingsService::view).toList(),
                s.timeZone(), s.language(), s.pageSize(), owner.mayUse(Access.FORWARDING));
    }

    @Override
    public void save(String account, SettingsView v) {
        Account owner = lookups.account(account);
        List<MailRule> rules = v.rules() == null ? List.of() : v.rules().stream().map(DefaultMailSettingsService::rule).toList();
        List<EmailAddress> forwardTo = new ArrayList<>();
        for (String target : v.forwardTo() == null ? List.<String>of() : v.forwardTo()) {
            if (!target.isBlank()) {
                forwardTo.add(EmailAddress.parse(target.strip()));
            }
        }
        boolean forwards = !forwardTo.isEmpty() || rules.stream().anyMatch(r -> r.action() == RuleAction.FORWARD);
        if (forwards && !owner.mayUse(Access.FORWARDING)) {
            throw new AccessDeniedException("forwarding is not part of this account's class of service");
        }
        for (MailRule r : rules) {
            if (r.action() == RuleAction.FORWARD) {
                EmailAddress.parse(r.argument());
            }
        }
        MailSettings s = repository.ofAccount(owner).orElseGet(() -> {
            MailSettings created = new MailSettings(owner);
            repository.add(created);
            return created;
        });
        s.changeAutoReply(new MailSettings.AutoReply(v.autoReplyEnabled(), v.autoReplyStart(), v.autoReplyEnd(),
                blankToNull(v.autoReplySubject()), blankToNull(v.autoReplyBody()), v.autoReplyIntervalDays()));
        s.changeForwarding(forwardTo, v.forwardKeepCopy());
        s.changeSenderLists(SenderList.parse(v.blockedSenders()), SenderList.parse(v.allowedSenders()));
        s.replaceRules(rules);
        s.changeDisplay(v.timeZone(), v.language(), v.pageSize());
    }

    @Override
    public Usage usage(String account) {
        Account owner = lookups.account(account);
        return new Usage(Quotas.used(mailboxes, owner), owner.effectiveQuotaBytes());
    }

    private static RuleView view(MailRule r) {
        return new RuleView(r.field().name(), r.headerName(), r.operator().name(), r.value(), r.action().name(),
                r.argument(), r.stopProcessing());
    }

    private static MailRule rule(RuleView v) {
        return new MailRule(constant(RuleField.class, v.field()), v.headerName(), constant(RuleOperator.class,
                v.operator()), v.value(), constant(RuleAction.class, v.action()), v.argument(), v.stopProcessing());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown " + type.getSimpleName() + ": " + name);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
