package org.flutemail.connector.adapter;

import jakarta.resource.ResourceException;

/** The ports one activated endpoint gets: opened together on activation, closed on deactivation. */
interface MailService {

    /** Opens every port or none. */
    void start() throws ResourceException;

    void stop();

    int[] localPorts();
}
