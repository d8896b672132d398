package org.flutemail.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

import org.flutemail.connector.adapter.tls.ReloadingTlsContext;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.protocol.imap.store.ImapStore;

/**
 * The service of one activated POP3 or IMAP bean: its cleartext port (STLS, STARTTLS) and its
 * implicit-TLS port, with the same TLS files as SMTP. Starts all or none.
 */
final class TlsPortsService implements MailService {

    /** The ports to open, given the TLS context they share. */
    interface PortPlan {
        List<PortGroup.Port> ports(Supplier<Optional<SSLContext>> tls);
    }

    private final Path tlsDirectory;
    private final String serverName;
    private final int maxConnections;
    private final PortPlan plan;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final PortGroup ports;

    TlsPortsService(Path tlsDirectory, String serverName, int maxConnections, PortPlan plan, WorkManager workManager,
            boolean hintLongRunning, ListenerPlacements placements) {
        this.ports = new PortGroup(placements);
        this.tlsDirectory = tlsDirectory;
        this.serverName = serverName;
        this.maxConnections = maxConnections;
        this.plan = plan;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
    }

    /** The POP3 ports of a {@code Pop3Listener} bean. */
    static TlsPortsService pop3(Pop3Settings settings, Pop3Listener store,
            WorkManager workManager, boolean hintLongRunning, ListenerPlacements placements) {
        return new TlsPortsService(settings.tlsDirectory(), settings.protocol().serverName(), settings.maxConnections(),
                tls -> settings.ports().stream().map(port -> new PortGroup.Port(port.bindAddress(), port.port(),
                        new Pop3Setup(settings.protocol(), port.policy(), tls, settings.handshakeTimeout(), store)))
                        .toList(), workManager, hintLongRunning, placements);
    }

    /** The IMAP ports of an {@code ImapStore} bean. */
    static TlsPortsService imap(ImapSettings settings, ImapStore store,
            WorkManager workManager, boolean hintLongRunning, ListenerPlacements placements) {
        return new TlsPortsService(settings.tlsDirectory(), settings.serverName(), settings.maxConnections(),
                tls -> settings.ports().stream().map(port -> new PortGroup.Port(port.bindAddress(), port.port(),
                        new ImapSetup(settings, port, tls, store))).toList(), workManager, hintLongRunning,
                placements);
    }

    @Override
    public synchronized void start() throws ResourceException {
        ReloadingTlsContext tls = ReloadingTlsContext.forServer(new TlsFiles(tlsDirectory), serverName,
                SmtpService.TLS_CHECK_INTERVAL);
        ports.start(plan.ports(tls::current), maxConnections, workManager, hintLongRunning);
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
