package org.flutemail.protocol.smtp.client;

import java.lang.System.Logger.Level;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.flutemail.protocol.smtp.client.route.MailExchangerResolver;
import org.flutemail.protocol.smtp.client.route.RemoteHost;
import org.flutemail.protocol.smtp.client.route.Resolution;
import org.flutemail.protocol.smtp.client.transport.TlsSockets;

/**
 * Delivers one message to one destination and says, per recipient, what happened. This is the
 * class the remote-delivery consumer calls. One call is one attempt: it tries the destination's
 * hosts in order until the recipients are decided, and never sleeps or retries later itself.
 *
 * <p>Thread-safe and meant to be shared: it holds only settings and the resolver; every call opens
 * its own connections and blocks its calling thread until done (bounded by the timeouts).
 */
public final class SmtpDeliveryClient {

    private static final System.Logger LOG = System.getLogger(SmtpDeliveryClient.class.getName());

    private final MailExchangerResolver resolver;
    private final SmtpClientSettings settings;
    private final SSLSocketFactory tlsFactory;

    public SmtpDeliveryClient(MailExchangerResolver resolver, SmtpClientSettings settings) {
        this.resolver = resolver;
        this.settings = settings;
        this.tlsFactory = settings.verifyCertificates()
                ? TlsSockets.verifying(settings.sslContext())
                : TlsSockets.acceptingAnyCertificate();
    }

    /** Resolves the request's destination, then delivers to its hosts. */
    public DeliveryResult deliver(DeliveryRequest request) {
        Resolution resolution = resolver.resolve(request.destination());
        RecipientLedger ledger = new RecipientLedger(request.recipients());
        if (resolution instanceof Resolution.Unroutable unroutable) {
            return ledger.finish(DeliveryStatus.PERMANENT_FAILURE, unroutableReply(unroutable), null);
        }
        if (resolution instanceof Resolution.TryLater later) {
            return ledger.finish(DeliveryStatus.TEMPORARY_FAILURE, new SmtpReply(451, "4.4.3", later.detail()), null);
        }
        return deliverTo(((Resolution.Hosts) resolution).hosts(), request);
    }

    /** Delivers to the given hosts, in order, without resolving anything. */
    public DeliveryResult deliverTo(List<RemoteHost> hosts, DeliveryRequest request) {
        RecipientLedger ledger = new RecipientLedger(request.recipients());
        HostFailure last = null;
        for (RemoteHost host : hosts.subList(0, Math.min(hosts.size(), settings.maxHostsPerAttempt()))) {
            if (!ledger.hasPending()) {
                break;
            }
            try {
                attempt(host, request, ledger);
            } catch (HostFailure failure) {
                LOG.log(Level.INFO, "delivery to {0} for {1} failed: {2}", host, request.destination(), failure.reply());
                last = failure;
            }
        }
        if (last == null) {
            last = HostFailure.local("4.4.0", "no host to try for " + request.destination());
        }
        return ledger.finish(DeliveryStatus.TEMPORARY_FAILURE, last.reply(), last.remoteMta());
    }

    private void attempt(RemoteHost host, DeliveryRequest request, RecipientLedger ledger) throws HostFailure {
        try {
            new HostDialogue(settings, request, ledger, host, settings.tlsMode(), tlsFactory).run();
        } catch (HostFailure failure) {
            boolean fallBack = failure.isTlsFailure() && settings.plaintextFallback()
                    && settings.tlsMode() == TlsMode.OPPORTUNISTIC;
            if (!fallBack) {
                throw failure;
            }
            LOG.log(Level.INFO, "TLS with {0} failed, trying it again without TLS: {1}", host, failure.reply());
            new HostDialogue(settings, request, ledger, host, TlsMode.NONE, tlsFactory).run();
        }
    }

    private static SmtpReply unroutableReply(Resolution.Unroutable unroutable) {
        if (unroutable.reason() == Resolution.Reason.NULL_MX) {
            return new SmtpReply(556, "5.1.10", unroutable.detail());
        }
        return new SmtpReply(550, "5.1.2", unroutable.detail());
    }
}
