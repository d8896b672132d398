package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Real clients for socket tests: Python's smtplib, and a raw socket for misbehaving ones. */
final class SmtpClients {

    /** Sends one message to bob@ and unknown@ and prints the refused recipients with their codes. */
    private static final String SEND = String.join("\n",
            "import smtplib, sys",
            "s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='pyclient.test', timeout=20)",
            "try:",
            "    refused = s.sendmail('alice@far.test', ['bob@flute.test', 'unknown@flute.test'],",
            "                         b'Subject: hi\\r\\n\\r\\n.dot line\\r\\nbody\\r\\n')",
            "    print('refused', sorted((k, v[0]) for k, v in refused.items()))",
            "except smtplib.SMTPException as e:",
            "    print('error', e.smtp_code if hasattr(e, 'smtp_code') else e)",
            "s.quit()");

    private SmtpClients() {
    }

    static String pythonSend(int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "-c", SEND, String.valueOf(port))
                .redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("python client hung");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** Reads until the peer closes or {@code timeoutMillis} passes without data. */
    static String readAll(Socket socket, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    static String readLine(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
