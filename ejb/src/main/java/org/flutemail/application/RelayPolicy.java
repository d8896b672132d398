package org.flutemail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flutemail.application.internal.StoredSettings;
import org.flutemail.domain.NetworkList;

/**
 * Who may send mail through Flute to other domains: authenticated users, and clients in the trusted
 * networks ({@link Setting#RELAY_NETWORKS}: stored by the system administrator, else
 * {@code FLUTE_RELAY_NETWORKS}, empty by default). Everyone else may send only to local domains;
 * anything else would make the server an open relay. A changed setting applies at the next decision.
 */
@ApplicationScoped
public class RelayPolicy {

    private record Parsed(String text, NetworkList networks) {
    }

    @Inject
    StoredSettings settings;

    /** The last list parsed, so a decision parses only when the setting changed. */
    private volatile Parsed trusted = new Parsed("", NetworkList.parse(""));

    public boolean mayRelay(String clientAddress, boolean authenticated) {
        return authenticated || trusted().contains(clientAddress);
    }

    private NetworkList trusted() {
        String text = settings.value(Setting.RELAY_NETWORKS);
        Parsed current = trusted;
        if (!current.text().equals(text)) {
            current = new Parsed(text, NetworkList.parse(text));
            trusted = current;
        }
        return current.networks();
    }
}
