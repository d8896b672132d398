package org.flutemail.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.AuditLog;
import org.flutemail.application.BroadcastService;
import org.flutemail.application.CurrentCaller;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.AccountState;
import org.flutemail.domain.AliasRepository;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Spools a notice per batch of recipients through {@link SpoolService#acceptCommitted}, the path
 * webmail and SMTP submissions take: each batch is durable and queued on its own, and the pipeline
 * delivers it (aliases expanded, one copy per mailbox, exactly once). The audit entry is written last,
 * with what was really spooled: if a batch cannot be spooled, the ones before it are already on their
 * way, and both the entry and the answer say how far it got (no exception, which would roll the entry back).
 */
@Stateless
public class DefaultBroadcastService implements BroadcastService {

    private static final Logger LOG = Logger.getLogger(DefaultBroadcastService.class.getName());
    static final int MAX_SUBJECT = 998;
    static final int MAX_BODY = 1_000_000;

    @Inject
    DomainRepository domains;

    @Inject
    AccountRepository accounts;

    @Inject
    AliasRepository aliases;

    @EJB
    SpoolService spool;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** The stored host name, else the configured one: read at each use, so a change applies to the next message. */
    @Inject
    StoredSettings settings;

    @Override
    public Sent send(Broadcast broadcast) {
        validate(broadcast);
        String target = broadcast.target() == null ? null : broadcast.target().trim().toLowerCase(Locale.ROOT);
        List<String> recipients = recipients(broadcast.scope(), target);
        if (recipients.isEmpty()) {
            throw new ConflictException("no active account to send the notice to");
        }
        String domain = broadcast.scope() == Scope.SYSTEM ? ServerSettings.firstDomain()
                : broadcast.scope() == Scope.DOMAIN ? target : target.substring(target.lastIndexOf('@') + 1);
        Instant now = clock.instant();
        byte[] content = BroadcastMessages.notice("postmaster@" + domain, broadcast.subject().trim(), broadcast.body(),
                now, settings.hostName());
        List<String> queueIds = new ArrayList<>();
        int sent = 0;
        try {
            for (int from = 0; from < recipients.size(); from += BATCH) {
                List<String> batch = recipients.subList(from, Math.min(recipients.size(), from + BATCH));
                queueIds.add(spool.acceptCommitted(envelope(batch, now), new ByteArrayInputStream(content)));
                sent += batch.size();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "broadcast stopped after " + sent + " of " + recipients.size() + " recipients", e);
        }
        String scope = broadcast.scope().name().toLowerCase(Locale.ROOT);
        audit.record("broadcast.send", target == null ? "system" : target, broadcast.scope() == Scope.SYSTEM ? null : domain,
                "scope: " + scope + ", recipients: " + sent + " of " + recipients.size() + ", subject: "
                        + broadcast.subject().trim());
        return new Sent(broadcast.scope(), target, recipients.size(), sent, queueIds);
    }

    private Envelope envelope(List<String> batch, Instant now) {
        // The null sender: a notice that cannot be delivered bounces to nobody (RFC 5321 section 4.5.5).
        return new Envelope("", batch, now, caller.clientAddress() == null ? "127.0.0.1" : caller.clientAddress(),
                "broadcast", settings.hostName(), "HTTP", "", "", DeliveryOptions.none());
    }

    private List<String> recipients(Scope scope, String target) {
        return switch (scope) {
            case SYSTEM -> domains.all().stream().filter(MailDomain::isActive).flatMap(d -> active(d).stream()).toList();
            case DOMAIN -> active(domains.byName(target).orElseThrow(() -> new NotFoundException("no domain " + target)));
            case GROUP -> {
                aliases.byAddress(target).orElseThrow(() -> new NotFoundException("no alias " + target));
                yield List.of(target);
            }
        };
    }

    private List<String> active(MailDomain domain) {
        return accounts.list(domain).stream().filter(a -> a.state() == AccountState.ACTIVE).map(Account::address).toList();
    }

    private static void validate(Broadcast b) {
        if (b.scope() == null) {
            throw new IllegalArgumentException("scope must be system, domain or group");
        }
        if (b.scope() != Scope.SYSTEM && (b.target() == null || b.target().isBlank())) {
            throw new IllegalArgumentException(b.scope() == Scope.DOMAIN ? "domain is required" : "group is required");
        }
        if (b.subject() == null || b.subject().isBlank() || b.subject().length() > MAX_SUBJECT
                || b.subject().indexOf('\r') >= 0 || b.subject().indexOf('\n') >= 0) {
            throw new IllegalArgumentException("subject is required: one line of at most " + MAX_SUBJECT + " characters");
        }
        if (b.body() == null || b.body().isBlank() || b.body().length() > MAX_BODY) {
            throw new IllegalArgumentException("body is required, at most " + MAX_BODY + " characters");
        }
    }
}
