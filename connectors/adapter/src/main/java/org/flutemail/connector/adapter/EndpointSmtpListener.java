package org.flutemail.connector.adapter;

import java.lang.reflect.Method;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.ScramCredential;
import org.flutemail.connector.api.SenderVerdict;
import org.flutemail.connector.api.SessionInfo;
import org.flutemail.connector.api.SmtpListener;

/**
 * The store as the SMTP session sees it, backed by message-driven bean endpoints: one endpoint per
 * call, released in {@code finally}, so a long SMTP session never pins a bean instance.
 *
 * <p>{@code accept} runs between {@code beforeDelivery} and {@code afterDelivery} when the container
 * says delivery is transacted; {@code afterDelivery} is the commit, so this method returns (and the
 * client hears 250) only after it. {@code afterDelivery} is called even when the bean threw, because
 * the container needs it to end the transaction; note that a {@link MessageRefusedException} is an
 * application exception, so the bean must mark its transaction for rollback itself if it wrote
 * anything before refusing.
 *
 * <p>Failures of the container (no endpoint, failed commit) surface as
 * {@link DeliveryFailedException}, which the session answers with {@code 451 4.3.0}.
 */
final class EndpointSmtpListener implements SmtpListener {

    private static final Method ACCEPT = listenerMethod("accept", InboundMessage.class);

    private final MessageEndpointFactory factory;

    EndpointSmtpListener(MessageEndpointFactory factory) {
        this.factory = factory;
    }

    @Override
    public RecipientVerdict checkRecipient(String address, SessionInfo session) {
        return call(listener -> listener.checkRecipient(address, session));
    }

    @Override
    public SenderVerdict checkSender(String reversePath, SessionInfo session) {
        return call(listener -> listener.checkSender(reversePath, session));
    }

    @Override
    public AuthVerdict authenticate(String user, String password, SessionInfo session) {
        return call(listener -> listener.authenticate(user, password, session));
    }

    @Override
    public ScramCredential scramCredential(String user) {
        return call(listener -> listener.scramCredential(user));
    }

    /** One untransacted call on a fresh endpoint, released whatever happens. */
    private <T> T call(java.util.function.Function<SmtpListener, T> question) {
        MessageEndpoint endpoint = createEndpoint();
        try {
            return question.apply((SmtpListener) endpoint);
        } finally {
            endpoint.release();
        }
    }

    @Override
    public AcceptedMessage accept(InboundMessage message) throws MessageRefusedException {
        MessageEndpoint endpoint = createEndpoint();
        try {
            return isTransacted() ? acceptTransacted(endpoint, message) : ((SmtpListener) endpoint).accept(message);
        } finally {
            endpoint.release();
        }
    }

    private AcceptedMessage acceptTransacted(MessageEndpoint endpoint, InboundMessage message)
            throws MessageRefusedException {
        try {
            endpoint.beforeDelivery(ACCEPT);
        } catch (NoSuchMethodException | ResourceException e) {
            throw new DeliveryFailedException("beforeDelivery failed", e);
        }
        AcceptedMessage accepted;
        try {
            accepted = ((SmtpListener) endpoint).accept(message);
        } catch (MessageRefusedException | RuntimeException e) {
            endQuietly(endpoint, e);
            throw e;
        }
        try {
            endpoint.afterDelivery();
        } catch (ResourceException | RuntimeException e) {
            throw new DeliveryFailedException("commit failed", e);
        }
        return accepted;
    }

    private static void endQuietly(MessageEndpoint endpoint, Exception cause) {
        try {
            endpoint.afterDelivery();
        } catch (ResourceException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private boolean isTransacted() {
        try {
            return factory.isDeliveryTransacted(ACCEPT);
        } catch (NoSuchMethodException e) {
            throw new DeliveryFailedException("endpoint lacks SmtpListener.accept", e);
        }
    }

    private MessageEndpoint createEndpoint() {
        try {
            return factory.createEndpoint(null);
        } catch (ResourceException e) {
            throw new DeliveryFailedException("no message endpoint available", e);
        }
    }

    private static Method listenerMethod(String name, Class<?>... parameters) {
        try {
            return SmtpListener.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
