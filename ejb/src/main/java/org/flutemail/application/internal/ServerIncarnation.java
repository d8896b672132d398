package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.flutemail.domain.MaildropLock;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * This server as the POP3 maildrop locks know it: its node name ({@code jboss.node.name}, which must differ
 * between servers sharing a database, as WildFly requires for a cluster anyway; else the host name) and a
 * random incarnation, new each time the application starts. A lock held by this node under another
 * incarnation belongs to a session that died with the previous start.
 */
@ApplicationScoped
public class ServerIncarnation {

    private final String node = nodeName();
    private final String incarnation = UUID.randomUUID().toString();

    /** A holder for a new session's lock. */
    public MaildropLock.Holder newHolder() {
        return new MaildropLock.Holder(UUID.randomUUID().toString(), node, incarnation);
    }

    private static String nodeName() {
        String configured = System.getProperty("jboss.node.name");
        return configured == null || configured.isBlank() ? ServerSettings.hostName() : configured;
    }
}
