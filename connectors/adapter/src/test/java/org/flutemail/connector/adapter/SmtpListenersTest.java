package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.flutemail.connector.adapter.tls.Pem;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.SessionInfo.Listener;
import org.flutemail.protocol.smtp.session.ListenerPolicy;
import org.flutemail.protocol.smtp.session.SmtpConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three listeners over real loopback sockets, with a self-signed certificate made as on first
 * start: Python's smtplib as the mail client, raw sockets for what clients must not do.
 */
class SmtpListenersTest {

    private static final String HOST = "mx.flute.test";

    @TempDir
    Path spool;
    @TempDir
    Path tlsDir;

    private final ThreadPoolWorkManager workManager = new ThreadPoolWorkManager();
    private final RecordingStore store = new RecordingStore();
    private SmtpService service;
    private int mxPort;
    private int submissionPort;
    private int smtpsPort;

    @BeforeEach
    void start() throws Exception {
        SmtpConfig config = SmtpConfig.builder(HOST).spoolDirectory(spool).build();
        List<ListenerSettings> listeners = List.of(
                new ListenerSettings("127.0.0.1", 0, ListenerPolicy.mx(true, false)),
                new ListenerSettings("127.0.0.1", 0, ListenerPolicy.submission(true, false)),
                new ListenerSettings("127.0.0.1", 0, ListenerPolicy.submissions()));
        SmtpSettings settings = new SmtpSettings(listeners, 10, config, tlsDir, Duration.ofSeconds(10), 4096);
        service = new SmtpService(settings, new SmtpLimits(), new EndpointSmtpListener(new FakeEndpointFactory(store)), workManager,
                false, Duration.ZERO);
        service.start();
        int[] ports = service.localPorts();
        mxPort = ports[0];
        submissionPort = ports[1];
        smtpsPort = ports[2];
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.stop();
        workManager.close();
    }

    private String certificateFile() {
        return tlsDir.resolve(TlsFiles.CERTIFICATE_FILE).toString();
    }

    @Test
    void submissionWithStartTlsAndLoginDelivers() throws Exception {
        assertThat(SmtpClients.python(SmtpClients.SUBMIT_WITH_STARTTLS, String.valueOf(submissionPort),
                certificateFile())).isEqualTo("plain True False\ntls False SCRAM-SHA-256 PLAIN LOGIN\n"
                        + "login 235\nrefused {}");
        InboundMessage message = store.messages.get(0);
        assertThat(message.session().listener()).isEqualTo(Listener.SUBMISSION);
        assertThat(message.session().protocol()).isEqualTo("ESMTPSA");
        assertThat(message.session().authenticatedUser()).isEqualTo(RecordingStore.USER);
        assertThat(message.session().tlsCipher()).startsWith("TLSv1.");
    }

    @Test
    void implicitTlsSubmissionRefusesAWrongPasswordAndTakesTheRightOne() throws Exception {
        assertThat(SmtpClients.python(SmtpClients.SUBMIT_OVER_TLS, String.valueOf(smtpsPort), certificateFile()))
                .isEqualTo("wrong 535 5.7.8 Error: authentication credentials invalid\nlogin 235\nrefused {}");
        assertThat(store.messages.get(0).session().listener()).isEqualTo(Listener.SUBMISSIONS);
        assertThat(store.messages.get(0).session().protocol()).isEqualTo("ESMTPSA");
    }

    @Test
    void submissionWithoutTlsRefusesAuthAndWithoutAuthRefusesMail() throws Exception {
        assertThat(SmtpClients.python(SmtpClients.SUBMIT_WITHOUT_TLS, String.valueOf(submissionPort)))
                .isEqualTo("auth 538 b'5.7.11 Encryption required for requested authentication mechanism'\n"
                        + "mail 530 b'5.7.0 Authentication required'");
        assertThat(store.messages).isEmpty();
    }

    @Test
    void mxOffersAuthOnlyAfterStartTls() throws Exception {
        assertThat(SmtpClients.python(SmtpClients.SUBMIT_WITH_STARTTLS, String.valueOf(mxPort), certificateFile()))
                .startsWith("plain True False\ntls False SCRAM-SHA-256 PLAIN LOGIN\nlogin 235");
        assertThat(store.messages.get(0).session().listener()).isEqualTo(Listener.MX);
    }

    @Test
    void bdatChunksOverARawSocket() throws Exception {
        try (Socket client = new Socket("127.0.0.1", mxPort)) {
            SmtpClients.readLine(client);
            OutputStream out = client.getOutputStream();
            out.write("EHLO raw.test\r\nMAIL FROM:<a@far.test> BODY=BINARYMIME\r\nRCPT TO:<bob@flute.test>\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(SmtpClients.readReply(client)).contains("250-CHUNKING\r\n");
            assertThat(SmtpClients.readReply(client)).isEqualTo("250 2.1.0 Ok\r\n");
            assertThat(SmtpClients.readReply(client)).isEqualTo("250 2.1.5 Ok\r\n");
            out.write("BDAT 6\r\nS: x\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {'B', 'D', 'A', 'T', ' ', '4', '\r', '\n', 0, '\n', '.', '\r'});
            out.write("BDAT 2 LAST\r\n\n.QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(SmtpClients.readAll(client, 5000)).isEqualTo("250 2.0.0 6 octets received\r\n"
                    + "250 2.0.0 4 octets received\r\n250 2.0.0 Ok: queued as M1\r\n221 2.0.0 mx.flute.test Bye\r\n");
        }
        assertThat(store.contents).containsExactly("S: x\r\n\0\n.\r\n.");
        assertThat(store.messages.get(0).parameters().body()).isEqualTo("BINARYMIME");
    }

    @Test
    void commandsPipelinedBehindStartTlsAreDiscarded() throws Exception {
        try (Socket plain = new Socket("127.0.0.1", mxPort)) {
            SmtpClients.readLine(plain);
            plain.getOutputStream().write(("EHLO c\r\nSTARTTLS\r\nMAIL FROM:<evil@x.test>\r\n"
                    + "RCPT TO:<bob@flute.test>\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(SmtpClients.readReply(plain)).startsWith("250-mx.flute.test Hello c");
            assertThat(SmtpClients.readReply(plain)).isEqualTo("220 2.0.0 Ready to start TLS\r\n");
            try (SSLSocket tls = overTls(plain)) {
                tls.getOutputStream().write("EHLO again\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(SmtpClients.readReply(tls)).startsWith("250-mx.flute.test Hello again\r\n")
                        .doesNotContain("STARTTLS").contains("250-AUTH SCRAM-SHA-256 PLAIN LOGIN\r\n");
                tls.getOutputStream().write("DATA\r\nRCPT TO:<bob@flute.test>\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(SmtpClients.readReply(tls)).as("the injected MAIL was never seen")
                        .isEqualTo("503 5.5.1 Error: need MAIL command\r\n");
                assertThat(SmtpClients.readReply(tls)).isEqualTo("503 5.5.1 Error: need MAIL command\r\n");
            }
        }
    }

    @Test
    void aReplacedCertificateIsUsedByTheNextConnection() throws Exception {
        X509Certificate first = presentedCertificate();
        Path staging = Files.createDirectory(tlsDir.resolve("staging"));
        new TlsFiles(staging).createSelfSignedIfAbsent("renewed.flute.test");
        Instant later = Instant.now().plusSeconds(60);
        for (String name : List.of(TlsFiles.KEY_FILE, TlsFiles.CERTIFICATE_FILE)) {
            Path target = tlsDir.resolve(name);
            Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(target, FileTime.from(later));
        }
        X509Certificate second = presentedCertificate();
        assertThat(first.getSubjectX500Principal().getName()).isEqualTo("CN=mx.flute.test");
        assertThat(second.getSubjectX500Principal().getName()).isEqualTo("CN=renewed.flute.test");
    }

    /** Connects to the implicit-TLS port, trusting whatever is in the directory now. */
    private X509Certificate presentedCertificate() throws IOException, GeneralSecurityException {
        try (Socket plain = new Socket("127.0.0.1", smtpsPort); SSLSocket tls = overTls(plain)) {
            assertThat(SmtpClients.readLine(tls)).isEqualTo("220 mx.flute.test ESMTP Flute");
            return (X509Certificate) tls.getSession().getPeerCertificates()[0];
        }
    }

    private SSLSocket overTls(Socket plain) throws IOException {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("server",
                    Pem.readCertificates(tlsDir.resolve(TlsFiles.CERTIFICATE_FILE)).get(0));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, "127.0.0.1", plain.getPort(),
                    false);
            tls.setUseClientMode(true);
            tls.startHandshake();
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

}
