package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import org.flutemail.connector.adapter.tls.Pem;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FluteResourceAdapterTest {

    private final ThreadPoolWorkManager container = new ThreadPoolWorkManager();
    private final FluteResourceAdapter adapter = new FluteResourceAdapter();
    private final FakeEndpointFactory endpoints = new FakeEndpointFactory(new RecordingStore());

    @TempDir
    Path tlsDir;

    @BeforeEach
    void setUp() {
        System.setProperty(SmtpSettings.TLS_DIR, tlsDir.toString());
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        adapter.stop();
        container.close();
        for (String property : List.of(SmtpSettings.PORT, SmtpSettings.SUBMISSION_PORT, SmtpSettings.SMTPS_PORT,
                SmtpSettings.HOSTNAME, SmtpSettings.TLS_DIR)) {
            System.clearProperty(property);
        }
    }

    /** Only the MX listener, on a port the test picks; the others are disabled by a port of 0. */
    private static SmtpActivationSpec spec() {
        SmtpActivationSpec spec = new SmtpActivationSpec();
        spec.setBindAddress("127.0.0.1");
        spec.setSubmissionPort(0);
        spec.setSmtpsPort(-1);
        return spec;
    }

    @Test
    void systemPropertiesWinOverTheActivationConfig() throws Exception {
        int port = SmtpServerTest.freePort();
        System.setProperty(SmtpSettings.PORT, String.valueOf(port));
        System.setProperty(SmtpSettings.HOSTNAME, "mx.override.test");
        adapter.start(container);
        adapter.endpointActivation(endpoints, spec());
        assertThat(adapter.localPorts()).containsExactly(port);
        try (Socket client = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(client)).isEqualTo("220 mx.override.test ESMTP Flute");
        }
    }

    @Test
    void activationOpensThreeListenersAndCreatesASelfSignedCertificate() throws Exception {
        int mx = SmtpServerTest.freePort();
        int submission = SmtpServerTest.freePort();
        int smtps = SmtpServerTest.freePort();
        System.setProperty(SmtpSettings.SUBMISSION_PORT, String.valueOf(submission));
        System.setProperty(SmtpSettings.SMTPS_PORT, String.valueOf(smtps));
        System.setProperty(SmtpSettings.HOSTNAME, "mx.flute.test");
        SmtpActivationSpec spec = spec();
        spec.setPort(mx);
        adapter.start(container);
        adapter.endpointActivation(endpoints, spec);
        assertThat(adapter.localPorts()).containsExactlyInAnyOrder(mx, submission, smtps);

        Path key = tlsDir.resolve(TlsFiles.KEY_FILE);
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        X509Certificate certificate = Pem.readCertificates(tlsDir.resolve(TlsFiles.CERTIFICATE_FILE)).get(0);
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList())
                .containsExactly("mx.flute.test", "127.0.0.1");
        try (Socket client = new Socket("127.0.0.1", submission)) {
            assertThat(SmtpClients.readLine(client)).isEqualTo("220 mx.flute.test ESMTP Flute");
        }
    }

    @Test
    void deactivationClosesThePortAndActivationReopensIt() throws Exception {
        adapter.start(container);
        SmtpActivationSpec spec = spec();
        spec.setPort(SmtpServerTest.freePort());
        adapter.endpointActivation(endpoints, spec);
        int port = adapter.localPorts()[0];
        assertThat(SmtpServerTest.isListening(port)).isTrue();

        adapter.endpointDeactivation(endpoints, spec);
        assertThat(adapter.localPorts()).isEmpty();
        assertThat(SmtpServerTest.isListening(port)).isFalse();

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
