package org.flutemail.connector.adapter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.transaction.xa.XAResource;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import org.flutemail.connector.api.SmtpListener;

/**
 * Plays the EJB container: endpoints are proxies that record every call (create, beforeDelivery,
 * the listener method, afterDelivery, release) and pass listener calls to a test's store.
 */
final class FakeEndpointFactory implements MessageEndpointFactory {

    final List<String> calls = new CopyOnWriteArrayList<>();
    private final SmtpListener store;
    volatile boolean transacted = true;
    volatile boolean unavailable;
    volatile boolean commitFails;

    FakeEndpointFactory(SmtpListener store) {
        this.store = store;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
        if (unavailable) {
            throw new UnavailableException("pool exhausted");
        }
        calls.add("create");
        return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SmtpListener.class, MessageEndpoint.class}, this::invoke);
    }

    private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        calls.add(method.getName());
        if (method.getDeclaringClass() == SmtpListener.class) {
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        if (method.getName().equals("afterDelivery") && commitFails) {
            throw new ResourceException("rollback only");
        }
        return null;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) throws UnavailableException {
        return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return transacted;
    }

    @Override
    public String getActivationName() {
        return "test";
    }

    @Override
    public Class<?> getEndpointClass() {
        return SmtpListener.class;
    }
}
