package org.flutemail.connector.adapter;

import java.lang.reflect.Method;

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

    private static final Method ACCEPT = Endpoints.method(SmtpListener.class, "accept", InboundMessage.class);

    private final Endpoints<SmtpListener> endpoints;

    EndpointSmtpListener(MessageEndpointFactory factory) {
        this.endpoints = new Endpoints<>(factory, SmtpListener.class);
    }

    @Override
    public RecipientVerdict checkRecipient(String address, long declaredSize, SessionInfo session) {
        return endpoints.call(listener -> listener.checkRecipient(address, declaredSize, session));
    }

    @Override
    public SenderVerdict checkSender(String reversePath, SessionInfo session) {
        return endpoints.call(listener -> listener.checkSender(reversePath, session));
    }

    @Override
    public AuthVerdict authenticate(String user, String password, SessionInfo session) {
        return endpoints.call(listener -> listener.authenticate(user, password, session));
    }

    @Override
    public ScramCredential scramCredential(String user) {
        return endpoints.call(listener -> listener.scramCredential(user));
    }

    @Override
    public AcceptedMessage accept(InboundMessage message) throws MessageRefusedException {
        return endpoints.deliver(ACCEPT, listener -> listener.accept(message));
    }
}
