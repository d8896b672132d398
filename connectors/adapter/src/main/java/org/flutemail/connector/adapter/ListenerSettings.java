package org.flutemail.connector.adapter;

import org.flutemail.protocol.smtp.session.ListenerPolicy;

/**
 * One SMTP port: where it binds and the rules its sessions follow. The policy says TLS is available;
 * each connection narrows that to whether a certificate is loaded when it starts.
 */
record ListenerSettings(String bindAddress, int port, ListenerPolicy policy) {

    String name() {
        return policy.listener().name();
    }
}
