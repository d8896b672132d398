package org.flutemail.connector.adapter;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import org.flutemail.protocol.imap.store.ImapStore;

/**
 * What an {@link ImapStore} bean asks for in its {@code activationConfig}: where to listen. Every
 * value can be overridden per node by a {@code flute.imap.*} system property (see {@link ImapSettings}).
 */
@Activation(messageListeners = ImapStore.class)
public class ImapActivationSpec implements ActivationSpec {

    @ConfigProperty(description = "Address to bind; flute.imap.bind wins", defaultValue = "0.0.0.0")
    private String bindAddress = "0.0.0.0";

    @ConfigProperty(description = "IMAP port (STARTTLS); 0 or less disables it; flute.imap.port wins",
            defaultValue = "10143")
    private Integer port = ImapSettings.DEFAULT_PORT;

    @ConfigProperty(description = "Implicit-TLS IMAP port; 0 or less disables it; flute.imaps.port wins",
            defaultValue = "10993")
    private Integer imapsPort = ImapSettings.DEFAULT_IMAPS_PORT;

    @ConfigProperty(description = "Name in the greeting; flute.hostname wins; empty means the local host name")
    private String hostName = "";

    @ConfigProperty(description = "Concurrent connections per port; flute.imap.maxConnections wins",
            defaultValue = "15000")
    private Integer maxConnections = ImapSettings.DEFAULT_MAX_CONNECTIONS;

    private ResourceAdapter resourceAdapter;

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Integer getImapsPort() {
        return imapsPort;
    }

    public void setImapsPort(Integer imapsPort) {
        this.imapsPort = imapsPort;
    }

    public String getHostName() {
        return hostName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        ActivationSpecChecks.validate(bindAddress, port, imapsPort);
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public String toString() {
        return "ImapActivationSpec[" + bindAddress + ":" + port + "," + imapsPort + "]";
    }
}
