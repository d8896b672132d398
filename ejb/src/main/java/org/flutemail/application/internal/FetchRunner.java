package org.flutemail.application.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.MailCollector;
import org.flutemail.fetch.RemoteMailboxClient;
import org.flutemail.infrastructure.fetch.FetchWorkDirectory;

/**
 * Runs collections: claim, talk to the outside server with no transaction open, record the outcome.
 * Each message is taken in by {@link FetchIntake} in a transaction of its own while the session goes on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FetchRunner {

    private static final Logger LOG = Logger.getLogger(FetchRunner.class.getName());
    /** Bounds one run; a fuller mailbox is emptied by the runs that follow at once. */
    static final int MAX_MESSAGES_PER_RUN = 200;

    @Inject
    FetchClaims claims;

    @Inject
    FetchIntake intake;

    @Inject
    RemoteMailboxClient client;

    /**
     * Collects now; empty when a scheduled run finds nothing to do (see {@link FetchClaims#claim}).
     *
     * @throws ConflictException when asked for while the owner has a collection running
     */
    public Optional<MailCollector.Result> collect(long id, boolean scheduled) {
        Optional<FetchJob> claimed = claims.claim(id, scheduled);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        FetchJob job = claimed.get();
        MailCollector.Result result;
        try {
            result = job.unusable().isPresent()
                    ? failedBeforeStart(job.unusable().get())
                    : run(job);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "collection for fetch account " + id + " failed unexpectedly", e);
            result = failedBeforeStart(new FetchException(FetchErrorKind.LOCAL, e.toString(), e));
        }
        claims.finish(id, result);
        log(job, result);
        return Optional.of(result);
    }

    /** The scheduler's way in: each due account on a thread of the EJB container's pool. */
    @Asynchronous
    public void collectWhenDue(long id) {
        try {
            collect(id, true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled collection for fetch account " + id + " failed", e);
        }
    }

    private MailCollector.Result run(FetchJob job) {
        String serverAddress = address(job.endpoint().host());
        return new MailCollector(FetchWorkDirectory.path()).collect(client, job.endpoint(),
                new MailCollector.Policy(job.leaveCopy(), MAX_MESSAGES_PER_RUN), job.fetched(),
                (message, content) -> intake.accept(job, serverAddress, message, content));
    }

    private static MailCollector.Result failedBeforeStart(FetchException e) {
        return new MailCollector.Result(0, false, Optional.empty(), Optional.of(e));
    }

    /** For the trace header: the address the host name stands for now. */
    private static String address(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            return "unresolved";
        }
    }

    private static void log(FetchJob job, MailCollector.Result r) {
        if (r.failure().isPresent()) {
            FetchException e = r.failure().get();
            LOG.warning(() -> "collection from " + job.endpoint() + " for " + job.owner() + " failed after "
                    + r.collected() + " messages: " + e.kind().description() + ": " + e.getMessage());
        } else {
            LOG.info(() -> "collected " + r.collected() + " messages from " + job.endpoint() + " for " + job.owner()
                    + (r.moreWaiting() ? " (more waiting)" : ""));
        }
    }
}
