package org.flutemail.connector.adapter;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.transaction.xa.XAResource;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.HintsContext;

/**
 * Flute's inbound resource adapter: each activated {@code SmtpListener} bean gets the SMTP ports (MX,
 * submission, implicit-TLS submission; see {@link SmtpService}), each {@code Pop3Listener} bean the
 * POP3 ports and each {@code ImapStore} bean the IMAP ports (see {@link TlsPortsService}), served
 * with WorkManager threads, and every recipient check, received message or POP3 command that needs the
 * store becomes one call on a fresh endpoint. Undeploying the bean (or the adapter) closes the port; redeploying opens it again.
 */
@Connector(
        displayName = "Flute Mail inbound adapter",
        description = "SMTP receiver, POP3 and IMAP servers for SmtpListener, Pop3Listener and ImapStore message-driven beans",
        vendorName = "Flute Mail",
        eisType = "SMTP",
        version = "0.1")
public class FluteResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(FluteResourceAdapter.class.getName());

    /** The pair the container hands back on deactivation; the spec has identity equality on purpose. */
    private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {
    }

    @ConfigProperty(description = "Name of this adapter instance in log lines", defaultValue = "flute")
    private String instanceName = "flute";

    private final Map<ActivationKey, MailService> services = new ConcurrentHashMap<>();
    private final SmtpLimits smtpLimits = new SmtpLimits();
    private final ListenerPlacements placements = new ListenerPlacements();
    private BootstrapContext bootstrap;

    public String getInstanceName() {
        return instanceName;
    }

    public void setInstanceName(String instanceName) {
        this.instanceName = instanceName;
    }

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        this.bootstrap = context;
        smtpLimits.register();
        placements.register();
        LOG.info(() -> "Flute resource adapter " + instanceName + " started");
    }

    @Override
    public void stop() {
        services.values().forEach(MailService::stop);
        services.clear();
        smtpLimits.unregister();
        placements.unregister();
        LOG.info(() -> "Flute resource adapter " + instanceName + " stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        MailService service;
        try {
            if (spec instanceof SmtpActivationSpec smtp) {
                smtp.validate();
                service = new SmtpService(SmtpSettings.resolve(smtp, System.getProperties()), smtpLimits,
                        new EndpointSmtpListener(factory), bootstrap.getWorkManager(), hintLongRunning(), placements);
            } else if (spec instanceof Pop3ActivationSpec pop3) {
                pop3.validate();
                service = TlsPortsService.pop3(Pop3Settings.resolve(pop3, System.getProperties()),
                        new EndpointPop3Listener(factory), bootstrap.getWorkManager(), hintLongRunning(), placements);
            } else if (spec instanceof ImapActivationSpec imap) {
                imap.validate();
                service = TlsPortsService.imap(ImapSettings.resolve(imap, System.getProperties()),
                        new EndpointImapStore(factory), bootstrap.getWorkManager(), hintLongRunning(), placements);
            } else {
                throw new NotSupportedException("unsupported activation spec " + spec.getClass().getName());
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException(e.getMessage());
        }
        service.start();
        services.put(new ActivationKey(factory, spec), service);
    }

    private boolean hintLongRunning() {
        return bootstrap.isContextSupported(HintsContext.class);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        MailService service = services.remove(new ActivationKey(factory, spec));
        if (service != null) {
            service.stop();
        }
    }

    /** No XA recovery: the adapter holds no transactional state of its own. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** The ports currently open, for tests and diagnostics. */
    int[] localPorts() {
        return services.values().stream().flatMapToInt(service -> java.util.Arrays.stream(service.localPorts()))
                .toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FluteResourceAdapter that && Objects.equals(instanceName, that.instanceName);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(instanceName);
    }
}
