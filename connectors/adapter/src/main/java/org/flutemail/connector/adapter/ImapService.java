package org.flutemail.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkManager;

import org.flutemail.connector.adapter.tls.ReloadingTlsContext;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.flutemail.protocol.imap.store.ImapStore;

/**
 * The IMAP service of one activated {@link ImapStore} bean: the cleartext port (STARTTLS) and the
 * implicit-TLS port, with the same TLS files as SMTP. Starts all or none.
 */
final class ImapService implements MailService {

    private final ImapSettings settings;
    private final ImapStore store;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final PortGroup ports = new PortGroup();

    ImapService(ImapSettings settings, ImapStore store, WorkManager workManager, boolean hintLongRunning) {
        this.settings = settings;
        this.store = store;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
    }

    @Override
    public synchronized void start() throws ResourceException {
        ReloadingTlsContext tls = ReloadingTlsContext.forServer(new TlsFiles(settings.tlsDirectory()),
                settings.serverName(), SmtpService.TLS_CHECK_INTERVAL);
        ports.start(settings.ports().stream()
                .map(port -> new PortGroup.Port(port.bindAddress(), port.port(),
                        new ImapSetup(settings, port, tls::current, store)))
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
