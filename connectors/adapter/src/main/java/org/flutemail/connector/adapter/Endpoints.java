package org.flutemail.connector.adapter;

import java.lang.reflect.Method;
import java.util.function.Function;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

/**
 * Calls on message endpoints, the way every listener of the adapter makes them: one endpoint per call,
 * released in {@code finally}. A transacted call runs between {@code beforeDelivery} and
 * {@code afterDelivery}; {@code afterDelivery} is the commit, so the call returns only after it, and
 * it is made even when the bean threw, because the container needs it to end the transaction.
 *
 * <p>Failures of the container (no endpoint, failed commit) surface as {@link DeliveryFailedException}.
 */
final class Endpoints<L> {

    /** A call on the listener that may throw the listener method's checked exception. */
    interface Delivery<L, T, E extends Exception> {
        T deliver(L listener) throws E;
    }

    private final MessageEndpointFactory factory;
    private final Class<L> listenerType;

    Endpoints(MessageEndpointFactory factory, Class<L> listenerType) {
        this.factory = factory;
        this.listenerType = listenerType;
    }

    /** One untransacted call on a fresh endpoint, released whatever happens. */
    <T> T call(Function<L, T> question) {
        MessageEndpoint endpoint = createEndpoint();
        try {
            return question.apply(listenerType.cast(endpoint));
        } finally {
            endpoint.release();
        }
    }

    /** One untransacted call that may throw the listener method's checked exception. */
    <T, E extends Exception> T ask(Delivery<L, T, E> question) throws E {
        MessageEndpoint endpoint = createEndpoint();
        try {
            return question.deliver(listenerType.cast(endpoint));
        } finally {
            endpoint.release();
        }
    }

    /** One call on a fresh endpoint, in a container transaction when the bean's method asks for one. */
    <T, E extends Exception> T deliver(Method method, Delivery<L, T, E> delivery) throws E {
        MessageEndpoint endpoint = createEndpoint();
        try {
            return isTransacted(method) ? transacted(endpoint, method, delivery)
                    : delivery.deliver(listenerType.cast(endpoint));
        } finally {
            endpoint.release();
        }
    }

    private <T, E extends Exception> T transacted(MessageEndpoint endpoint, Method method, Delivery<L, T, E> delivery)
            throws E {
        try {
            endpoint.beforeDelivery(method);
        } catch (NoSuchMethodException | ResourceException e) {
            throw new DeliveryFailedException("beforeDelivery failed", e);
        }
        T result;
        try {
            result = delivery.deliver(listenerType.cast(endpoint));
        } catch (Exception e) {
            endQuietly(endpoint, e);
            throw e;
        }
        try {
            endpoint.afterDelivery();
        } catch (ResourceException | RuntimeException e) {
            throw new DeliveryFailedException("commit failed", e);
        }
        return result;
    }

    private static void endQuietly(MessageEndpoint endpoint, Exception cause) {
        try {
            endpoint.afterDelivery();
        } catch (ResourceException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private boolean isTransacted(Method method) {
        try {
            return factory.isDeliveryTransacted(method);
        } catch (NoSuchMethodException e) {
            throw new DeliveryFailedException("endpoint lacks " + method, e);
        }
    }

    private MessageEndpoint createEndpoint() {
        try {
            return factory.createEndpoint(null);
        } catch (ResourceException e) {
            throw new DeliveryFailedException("no message endpoint available", e);
        }
    }

    /** A method of the listener interface, looked up once. */
    static Method method(Class<?> listenerType, String name, Class<?>... parameters) {
        try {
            return listenerType.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
