package org.flutemail.connector.adapter.tls;

import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * Turns an accepted TCP socket into the server side of a TLS connection: TLS 1.2 and 1.3 only (RFC
 * 8996 deprecated the older ones), the handshake bounded by a read timeout so a client that stalls
 * in it cannot hold a thread longer than an idle one could.
 */
public final class TlsSockets {

    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private TlsSockets() {
    }

    /**
     * Runs the server handshake over {@code plain}; closing the result closes {@code plain}. Bytes the
     * client sent before are not replayed: after STARTTLS, nothing sent in the clear may count.
     */
    public static SSLSocket handshake(SSLContext context, Socket plain, int timeoutMillis) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory()
                .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        tls.setUseClientMode(false);
        tls.setEnabledProtocols(Arrays.stream(tls.getSupportedProtocols()).filter(PROTOCOLS::contains)
                .toArray(String[]::new));
        tls.setSoTimeout(timeoutMillis);
        tls.startHandshake();
        return tls;
    }

    /** The protocol and cipher suite, e.g. {@code TLSv1.3 TLS_AES_256_GCM_SHA384}, for the trace header. */
    public static String describe(SSLSocket socket) {
        SSLSession session = socket.getSession();
        return session.getProtocol() + " " + session.getCipherSuite();
    }
}
