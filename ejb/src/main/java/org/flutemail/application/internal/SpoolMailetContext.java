package org.flutemail.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.dkim.DkimSigningKey;
import org.flutemail.dns.DnsResolver;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.pipeline.DisclaimerPolicy;
import org.flutemail.domain.TraceStep;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.PersonalDisposition;
import org.flutemail.pipeline.RecipientStatus;

/** The context of one pipeline run over one spooled message; collects what happened to it. */
final class SpoolMailetContext implements MailetContext {

    private final String serverName;
    private final Clock clock;
    private final RecipientDirectory directory;
    private final LocalMailStore store;
    private final RemoteQueueing remote;
    private final ContentMaterializer.Run run;
    private final List<Failure> failures = new ArrayList<>();
    private final Set<String> delivered = new LinkedHashSet<>();
    private final Set<String> expanded = new LinkedHashSet<>();
    private final MailetServices services;

    SpoolMailetContext(String serverName, Clock clock, RecipientDirectory directory, LocalMailStore store,
            RemoteQueueing remote, MailetServices services, ContentMaterializer.Run run) {
        this.services = services;
        this.serverName = serverName;
        this.clock = clock;
        this.directory = directory;
        this.store = store;
        this.remote = remote;
        this.run = run;
    }

    @Override
    public String serverName() {
        return serverName;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public RecipientStatus statusOf(String address) {
        return directory.statusOf(address);
    }

    @Override
    public Set<String> aliasTargets(String address) {
        return directory.aliasTargets(address);
    }

    @Override
    public void storeInMailbox(Mail mail, String recipient, String mailbox) throws MailetException {
        if (store.store(run, mail, recipient, mailbox, now())) {
            delivered.add(recipient);
        }
    }

    @Override
    public void recordStep(Mail mail, String recipient, String step, String detail) {
        services.recordStep(new TraceStep(mail.queueId(), now(), recipient, step, detail));
    }

    @Override
    public void sendRemote(Mail mail) {
        remote.queue(run, mail, now());
    }

    /** A recipient the mail could not be delivered to: the RFC 3463 status and why. */
    record Failure(String recipient, String status, String reason) {
    }

    @Override
    public void recordFailure(Mail mail, Collection<String> recipients, String status, String reason) {
        for (String recipient : recipients) {
            failures.add(new Failure(recipient, status, reason));
        }
    }

    @Override
    public void recordExpansion(Mail mail, String alias) {
        expanded.add(alias);
    }

    @Override
    public InputStream openContent(Mail mail) throws IOException {
        return services.openContent(mail);
    }

    @Override
    public List<DkimSigningKey> dkimSigningKeys(String domain) {
        return services.dkimSigningKeys(domain);
    }

    @Override
    public Optional<DisclaimerPolicy> disclaimer(String domain) {
        return services.disclaimer(domain);
    }

    @Override
    public DnsResolver dns() {
        return services.dns();
    }

    @Override
    public void postToList(Mail mail, String list) throws MailetException {
        services.listPosts().post(mail, list, this);
    }

    @Override
    public PersonalDisposition applyPersonalSettings(Mail mail, String recipient) {
        return services.personalDelivery().apply(mail, recipient, this);
    }

    /** What the sender may be told of this run (ADR 0025). */
    record Outcome(List<Failure> failures, Set<String> delivered, Set<String> expanded) {
    }

    Outcome outcome() {
        return new Outcome(failures, delivered, expanded);
    }
}
