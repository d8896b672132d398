package org.flutemail.infrastructure.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.infrastructure.fetch.FetchFailures.Stage;
import org.junit.jupiter.api.Test;

class FetchFailuresTest {

    @Test
    void aRefusedLoginIsAnAuthenticationFailureWithTheServersWords() {
        var e = FetchFailures.classify(new AuthenticationFailedException("[AUTH] Authentication failed."), Stage.CONNECT);

        assertThat(e.kind()).isEqualTo(FetchErrorKind.AUTHENTICATION);
        assertThat(e.getMessage()).isEqualTo("[AUTH] Authentication failed.");
    }

    @Test
    void aRefusedConnectionIsAnUnreachableHost() {
        var e = FetchFailures.classify(new MessagingException("Couldn't connect to host, port: 127.0.0.1, 1; timeout 30000",
                new ConnectException("Connection refused")), Stage.CONNECT);

        assertThat(e.kind()).isEqualTo(FetchErrorKind.UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("Connection refused");
    }

    @Test
    void aCertificateThatFailsVerificationIsACertificateProblemWhateverWrapsIt() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertificateException("unable to find valid certification path"));

        var e = FetchFailures.classify(new MessagingException("Connect failed", handshake), Stage.CONNECT);

        assertThat(e.kind()).isEqualTo(FetchErrorKind.CERTIFICATE);
        assertThat(e.getMessage()).contains("certification path");
    }

    @Test
    void networkTroubleAfterLoginIsALostConnection() {
        assertThat(FetchFailures.classify(new MessagingException("retr", new EOFException("EOF on socket")),
                Stage.SESSION).kind()).isEqualTo(FetchErrorKind.CONNECTION_LOST);
        assertThat(FetchFailures.classify(new MessagingException("read", new SocketTimeoutException("Read timed out")),
                Stage.SESSION).kind()).isEqualTo(FetchErrorKind.CONNECTION_LOST);
    }

    @Test
    void anythingElseTheServerSaysIsAProtocolError() {
        var e = FetchFailures.classify(new MessagingException("STARTTLS is required but host does not support STARTTLS"),
                Stage.CONNECT);

        assertThat(e.kind()).isEqualTo(FetchErrorKind.PROTOCOL);
    }
}
