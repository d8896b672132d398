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
 * submission, implicit-TLS submission; see {@link SmtpService}), served
 * with WorkManager threads, and every recipient check or received message becomes one call on a fresh
 * endpoint. Undeploying the bean (or the adapter) closes the port; redeploying opens it again.
 */
@Connector(
        displayName = "Flute Mail inbound adapter",
        description = "SMTP receiver delivering to SmtpListener message-driven beans",
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

    private final Map<ActivationKey, SmtpService> services = new ConcurrentHashMap<>();
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
        LOG.info(() -> "Flute resource adapter " + instanceName + " started");
    }

    @Override
    public void stop() {
        services.values().forEach(SmtpService::stop);
        services.clear();
        LOG.info(() -> "Flute resource adapter " + instanceName + " stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SmtpActivationSpec smtpSpec)) {
            throw new NotSupportedException("unsupported activation spec " + spec.getClass().getName());
        }
        smtpSpec.validate();
        SmtpSettings settings;
        try {
            settings = SmtpSettings.resolve(smtpSpec, System.getProperties());
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException(e.getMessage());
        }
        SmtpService service = new SmtpService(settings, new EndpointSmtpListener(factory),
                bootstrap.getWorkManager(), bootstrap.isContextSupported(HintsContext.class));
        service.start();
        services.put(new ActivationKey(factory, spec), service);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        SmtpService service = services.remove(new ActivationKey(factory, spec));
        if (service != null) {
            service.stop();
        }
    }

    /** No XA recovery: the adapter holds no transactional state of its own. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** The SMTP ports currently open, for tests and diagnostics. */
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
