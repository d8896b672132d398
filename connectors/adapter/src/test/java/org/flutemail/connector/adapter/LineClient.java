package org.flutemail.connector.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.flutemail.connector.adapter.tls.Pem;

/** The client side of {@link LineEchoProtocol}: plain, over TLS, or compressed. */
final class LineClient implements AutoCloseable {

    private final Socket plain;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LineClient(int port) throws IOException {
        plain = new Socket("127.0.0.1", port);
        plain.setSoTimeout(10_000);
        socket = plain;
        in = plain.getInputStream();
        out = plain.getOutputStream();
    }

    /** TLS from the first octet, or after a {@code TLS} command, trusting the server's self-signed certificate. */
    LineClient secure(Path certificateFile) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("server", Pem.readCertificates(certificateFile).get(0));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        SSLSocket secured = (SSLSocket) context.getSocketFactory().createSocket(plain, "echo.test", plain.getPort(),
                true);
        secured.startHandshake();
        socket = secured;
        in = secured.getInputStream();
        out = secured.getOutputStream();
        return this;
    }

    void compress() {
        in = new InflaterInputStream(in, new Inflater(true));
        out = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true), true);
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line without its CRLF, or null at the end of the stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
