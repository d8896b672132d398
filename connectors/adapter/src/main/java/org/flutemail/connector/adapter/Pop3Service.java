package org.flutemail.connector.adapter;

import java.time.Duration;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkManager;

import org.flutemail.connector.adapter.tls.ReloadingTlsContext;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.flutemail.connector.api.Pop3Listener;

/**
 * The POP3 service of one activated {@code Pop3Listener} bean: the cleartext port (STLS) and the
 * implicit-TLS port, with the same TLS files as SMTP. Starts all or none.
 */
final class Pop3Service implements MailService {

    private final Pop3Settings settings;
    private final Pop3Listener store;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final Duration tlsCheckInterval;
    private final PortGroup ports = new PortGroup();

    Pop3Service(Pop3Settings settings, Pop3Listener store, WorkManager workManager, boolean hintLongRunning) {
        this.settings = settings;
        this.store = store;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
        this.tlsCheckInterval = SmtpService.TLS_CHECK_INTERVAL;
    }

    @Override
    public synchronized void start() throws ResourceException {
        ReloadingTlsContext tls = ReloadingTlsContext.forServer(new TlsFiles(settings.tlsDirectory()),
                settings.protocol().serverName(), tlsCheckInterval);
        ports.start(settings.ports().stream()
                .map(port -> new PortGroup.Port(port.bindAddress(), port.port(), new Pop3Setup(settings.protocol(),
                        port.policy(), tls::current, settings.handshakeTimeout(), store)))
                .toList(), settings.maxConnections(), workManager, hintLongRunning);
    }

    @Override
    public synchronized void stop() {
        ports.stop();
    }

    @Override
    public synchronized int[] localPorts() {
        return ports.localPorts();
    }
}
