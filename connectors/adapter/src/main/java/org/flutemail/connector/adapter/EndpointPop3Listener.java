package org.flutemail.connector.adapter;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.MaildropSnapshot;
import org.flutemail.connector.api.MessageContent;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.connector.api.Pop3SessionInfo;

/**
 * The store as the POP3 session sees it: one endpoint per call, released in {@code finally}. The
 * changes made at QUIT ({@code delete}, {@code markSeen}) are delivered transacted, so the client
 * hears {@code +OK} only after the commit; a failure surfaces as an exception, answered
 * {@code -ERR [SYS/TEMP]}.
 */
final class EndpointPop3Listener implements Pop3Listener {

    private static final Method DELETE = Endpoints.method(Pop3Listener.class, "delete", String.class, List.class);
    private static final Method MARK_SEEN = Endpoints.method(Pop3Listener.class, "markSeen", String.class,
            List.class);

    private final Endpoints<Pop3Listener> endpoints;

    EndpointPop3Listener(MessageEndpointFactory factory) {
        this.endpoints = new Endpoints<>(factory, Pop3Listener.class);
    }

    @Override
    public AuthVerdict authenticate(String user, String password, Pop3SessionInfo session) {
        return endpoints.call(listener -> listener.authenticate(user, password, session));
    }

    @Override
    public Optional<MaildropSnapshot> open(String identity, Duration lease) {
        return endpoints.call(listener -> listener.open(identity, lease));
    }

    @Override
    public boolean renewLock(String lock, Duration lease) {
        return endpoints.call(listener -> listener.renewLock(lock, lease));
    }

    @Override
    public void releaseLock(String lock) {
        endpoints.call(listener -> {
            listener.releaseLock(lock);
            return null;
        });
    }

    @Override
    public MessageContent retrieve(String identity, long id) {
        return endpoints.call(listener -> listener.retrieve(identity, id));
    }

    @Override
    public void delete(String identity, List<Long> ids) {
        endpoints.deliver(DELETE, listener -> {
            listener.delete(identity, ids);
            return null;
        });
    }

    @Override
    public void markSeen(String identity, List<Long> ids) {
        endpoints.deliver(MARK_SEEN, listener -> {
            listener.markSeen(identity, ids);
            return null;
        });
    }
}
