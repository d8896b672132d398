package org.flutemail.connector.adapter;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import org.flutemail.connector.api.Pop3Listener;

/**
 * What a {@link Pop3Listener} bean asks for in its {@code activationConfig}: where to listen. Every
 * value can be overridden per node by a {@code flute.pop3.*} system property (see {@link Pop3Settings}).
 */
@Activation(messageListeners = Pop3Listener.class)
public class Pop3ActivationSpec implements ActivationSpec {

    @ConfigProperty(description = "Address to bind; flute.pop3.bind wins", defaultValue = "0.0.0.0")
    private String bindAddress = "0.0.0.0";

    @ConfigProperty(description = "POP3 port (STLS); 0 or less disables it; flute.pop3.port wins",
            defaultValue = "10110")
    private Integer port = Pop3Settings.DEFAULT_PORT;

    @ConfigProperty(description = "Implicit-TLS POP3 port; 0 or less disables it; flute.pop3s.port wins",
            defaultValue = "10995")
    private Integer pop3sPort = Pop3Settings.DEFAULT_POP3S_PORT;

    @ConfigProperty(description = "Name in the greeting; flute.hostname wins; empty means the local host name")
    private String hostName = "";

    @ConfigProperty(description = "Concurrent connections per port; flute.pop3.maxConnections wins",
            defaultValue = "100")
    private Integer maxConnections = 100;

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

    public Integer getPop3sPort() {
        return pop3sPort;
    }

    public void setPop3sPort(Integer pop3sPort) {
        this.pop3sPort = pop3sPort;
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
        ActivationSpecChecks.validate(bindAddress, port, pop3sPort);
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
        return "Pop3ActivationSpec[" + bindAddress + ":" + port + "," + pop3sPort + "]";
    }
}
