package org.flutemail.connector.adapter;

import java.util.ArrayList;
import java.util.List;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkManager;

/** The ports of one service, opened all or none: if one cannot be bound, those already open close again. */
final class PortGroup {

    /** One port to open. */
    record Port(String bindAddress, int port, PortProtocol protocol) {
    }

    private final List<PortServer> servers = new ArrayList<>();
    private final ListenerPlacements placements;

    PortGroup() {
        this(new ListenerPlacements());
    }

    /** @param placements where the server settings put each listener, consulted as each port starts */
    PortGroup(ListenerPlacements placements) {
        this.placements = placements;
    }

    synchronized void start(List<Port> ports, int maxConnections, WorkManager workManager, boolean hintLongRunning)
            throws ResourceException {
        try {
            for (Port port : ports) {
                PortServer server = new PortServer(port.bindAddress(), port.port(), maxConnections, port.protocol(),
                        workManager, hintLongRunning, placements);
                server.start();
                servers.add(server);
            }
        } catch (ResourceException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    synchronized void stop() {
        servers.forEach(PortServer::stop);
        servers.clear();
    }

    synchronized int[] localPorts() {
        return servers.stream().mapToInt(PortServer::localPort).toArray();
    }
}
