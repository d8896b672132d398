package org.flutemail.connector.adapter;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import org.flutemail.connector.api.SmtpListener;

/**
 * What a {@link SmtpListener} bean asks for in its {@code activationConfig}: where to listen and the
 * main limits. Every value here can be overridden per node by a {@code flute.*} system property (see
 * {@link SmtpSettings}), so one EAR serves development, tests and production.
 */
@Activation(messageListeners = SmtpListener.class)
public class SmtpActivationSpec implements ActivationSpec {

    @ConfigProperty(description = "Address to bind; flute.smtp.bind wins", defaultValue = "0.0.0.0")
    private String bindAddress = "0.0.0.0";

    @ConfigProperty(description = "MX port; 0 or less disables it; flute.smtp.port wins", defaultValue = "10025")
    private Integer port = 10025;

    @ConfigProperty(description = "Submission port (STARTTLS, AUTH required); 0 or less disables it; "
            + "flute.submission.port wins", defaultValue = "10587")
    private Integer submissionPort = 10587;

    @ConfigProperty(description = "Implicit-TLS submission port; 0 or less disables it; flute.smtps.port wins",
            defaultValue = "10465")
    private Integer smtpsPort = 10465;

    @ConfigProperty(description = "Name in the greeting; flute.hostname wins; empty means the local host name")
    private String hostName = "";

    @ConfigProperty(description = "Largest message in octets; flute.smtp.maxMessageSize wins",
            defaultValue = "52428800")
    private Long maxMessageSize = 52_428_800L;

    @ConfigProperty(description = "Recipients per message; flute.smtp.maxRecipients wins", defaultValue = "100")
    private Integer maxRecipients = 100;

    @ConfigProperty(description = "Concurrent connections; flute.smtp.maxConnections wins", defaultValue = "100")
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

    public Integer getSubmissionPort() {
        return submissionPort;
    }

    public void setSubmissionPort(Integer submissionPort) {
        this.submissionPort = submissionPort;
    }

    public Integer getSmtpsPort() {
        return smtpsPort;
    }

    public void setSmtpsPort(Integer smtpsPort) {
        this.smtpsPort = smtpsPort;
    }

    public String getHostName() {
        return hostName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public Long getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(Long maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public Integer getMaxRecipients() {
        return maxRecipients;
    }

    public void setMaxRecipients(Integer maxRecipients) {
        this.maxRecipients = maxRecipients;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        ActivationSpecChecks.validate(bindAddress, port, submissionPort, smtpsPort);
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
        return "SmtpActivationSpec[" + bindAddress + ":" + port + "," + submissionPort + "," + smtpsPort + "]";
    }
}
