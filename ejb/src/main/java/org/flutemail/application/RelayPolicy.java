package org.flutemail.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.flutemail.domain.NetworkList;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Who may send mail through Flute to other domains: authenticated users, and clients in the
 * configured trusted networks ({@code FLUTE_RELAY_NETWORKS}, empty by default). Everyone else may
 * send only to local domains; anything else would make the server an open relay.
 */
@ApplicationScoped
public class RelayPolicy {

    private final NetworkList trusted = NetworkList.parse(ServerSettings.relayNetworks());

    public boolean mayRelay(String clientAddress, boolean authenticated) {
        return authenticated || trusted.contains(clientAddress);
    }
}
