package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;

import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FluteResourceAdapterTest {

    private final ThreadPoolWorkManager container = new ThreadPoolWorkManager();
    private final FluteResourceAdapter adapter = new FluteResourceAdapter();
    private final FakeEndpointFactory endpoints = new FakeEndpointFactory(new RecordingStore());

    @AfterEach
    void tearDown() throws InterruptedException {
        adapter.stop();
        container.close();
        System.clearProperty(SmtpSettings.PORT);
        System.clearProperty(SmtpSettings.HOSTNAME);
    }

    private static SmtpActivationSpec spec() {
        SmtpActivationSpec spec = new SmtpActivationSpec();
        spec.setBindAddress("127.0.0.1");
        return spec;
    }

    @Test
    void systemPropertiesWinOverTheActivationConfig() throws Exception {
        System.setProperty(SmtpSettings.PORT, "0");
        System.setProperty(SmtpSettings.HOSTNAME, "mx.override.test");
        adapter.start(container);
        adapter.endpointActivation(endpoints, spec());
        int port = adapter.localPorts()[0];
        assertThat(port).isNotEqualTo(10025);
        try (Socket client = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(client)).isEqualTo("220 mx.override.test ESMTP Flute");
        }
    }

    @Test
    void deactivationClosesThePortAndActivationReopensIt() throws Exception {
        adapter.start(container);
        SmtpActivationSpec spec = spec();
        spec.setPort(0);
        adapter.endpointActivation(endpoints, spec);
        int port = adapter.localPorts()[0];
        assertThat(SmtpServerTest.isListening(port)).isTrue();

        adapter.endpointDeactivation(endpoints, spec);
        assertThat(adapter.localPorts()).isEmpty();
        assertThat(SmtpServerTest.isListening(port)).isFalse();

        spec.setPort(port);
        adapter.endpointActivation(endpoints, spec);
        assertThat(SmtpServerTest.isListening(port)).isTrue();
        adapter.stop();
        assertThat(SmtpServerTest.isListening(port)).isFalse();
    }

    @Test
    void badConfigurationFailsTheActivation() throws Exception {
        adapter.start(container);
        SmtpActivationSpec spec = spec();
        spec.setPort(70000);
        assertThatThrownBy(() -> adapter.endpointActivation(endpoints, spec))
                .isInstanceOf(InvalidPropertyException.class);
        System.setProperty(SmtpSettings.PORT, "many");
        assertThatThrownBy(() -> adapter.endpointActivation(endpoints, spec()))
                .isInstanceOf(InvalidPropertyException.class);
        ActivationSpec foreign = new ActivationSpec() {
            @Override
            public void validate() {
            }

            @Override
            public ResourceAdapter getResourceAdapter() {
                return null;
            }

            @Override
            public void setResourceAdapter(ResourceAdapter ra) {
            }
        };
        assertThatThrownBy(() -> adapter.endpointActivation(endpoints, foreign))
                .isInstanceOf(NotSupportedException.class);
    }

    @Test
    void equalityFollowsConfiguration() {
        FluteResourceAdapter other = new FluteResourceAdapter();
        assertThat(other).isEqualTo(adapter).hasSameHashCodeAs(adapter);
        other.setInstanceName("second");
        assertThat(other).isNotEqualTo(adapter);
    }
}
