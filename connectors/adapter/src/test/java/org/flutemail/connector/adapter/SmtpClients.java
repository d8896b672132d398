package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Submission as a mail client does it: STARTTLS (verifying the server against {@code cafile}),
     * EHLO again, AUTH PLAIN, one message. Prints what EHLO offered before and after TLS.
     */
    static final String SUBMIT_WITH_STARTTLS = String.join("\n",
            "import smtplib, ssl, sys",
            "ctx = ssl.create_default_context(cafile=sys.argv[2])",
            "s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='pyclient.test', timeout=20)",
            "s.ehlo()",
            "print('plain', 'starttls' in s.esmtp_features, 'auth' in s.esmtp_features)",
            "s.starttls(context=ctx)",
            "s.ehlo()",
            "print('tls', 'starttls' in s.esmtp_features, s.esmtp_features.get('auth', '').strip())",
            "print('login', s.login('" + RecordingStore.USER + "', '" + RecordingStore.PASSWORD + "')[0])",
            "print('refused', s.sendmail('" + RecordingStore.USER + "', ['bob@flute.test'],"
                    + " b'Subject: s\\r\\n\\r\\nx\\r\\n'))",
            "s.quit()");

    /** Submission over implicit TLS (RFC 8314) with a wrong and then the right password. */
    static final String SUBMIT_OVER_TLS = String.join("\n",
            "import smtplib, ssl, sys",
            "ctx = ssl.create_default_context(cafile=sys.argv[2])",
            "s = smtplib.SMTP_SSL('127.0.0.1', int(sys.argv[1]), local_hostname='pyclient.test', timeout=20,"
                    + " context=ctx)",
            "try:",
            "    s.login('" + RecordingStore.USER + "', 'wrong')",
            "except smtplib.SMTPAuthenticationError as e:",
            "    print('wrong', e.smtp_code, e.smtp_error.decode())",
            "print('login', s.login('" + RecordingStore.USER + "', '" + RecordingStore.PASSWORD + "')[0])",
            "print('refused', s.sendmail('" + RecordingStore.USER + "', ['bob@flute.test'],"
                    + " b'Subject: t\\r\\n\\r\\ny\\r\\n'))",
            "s.quit()");

    /** What submission says to a client that skips STARTTLS, or AUTH. */
    static final String SUBMIT_WITHOUT_TLS = String.join("\n",
            "import smtplib, sys, base64",
            "s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='pyclient.test', timeout=20)",
            "s.ehlo()",
            "plain = base64.b64encode(b'\\0" + RecordingStore.USER + "\\0" + RecordingStore.PASSWORD + "').decode()",
            "print('auth', *s.docmd('AUTH', 'PLAIN ' + plain))",
            "print('mail', *s.mail('" + RecordingStore.USER + "'))",
            "s.quit()");

    static String pythonSend(int port) throws IOException, InterruptedException {
        return python(SEND, String.valueOf(port));
    }

    /** Runs a Python script with arguments and returns what it printed, stripped. */
    static String python(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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

    /** Reads one whole reply, all its lines, as text with CRLF line ends. */
    static String readReply(Socket socket) throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = readLine(socket);
            reply.append(line).append("\r\n");
        } while (line.length() > 3 && line.charAt(3) == '-');
        return reply.toString();
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
