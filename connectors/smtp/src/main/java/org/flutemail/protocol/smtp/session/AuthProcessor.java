package org.flutemail.protocol.smtp.session;

import java.util.Base64;
import java.util.Optional;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.protocol.smtp.auth.Authenticator;
import org.flutemail.protocol.smtp.auth.SaslExchange;
import org.flutemail.protocol.smtp.auth.SaslMechanism;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.auth.SaslStep;
import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Replies;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * The AUTH command (RFC 4954): when it is allowed, and the exchange of base64 lines with a SASL
 * mechanism until it ends. While an exchange runs, every line the client sends is a response, not a
 * command. Nothing a client sends here is ever logged or kept.
 */
final class AuthProcessor {

    private static final Reply MALFORMED = Reply.of(501, "5.5.2", "Error: malformed authentication response");

    private final SaslMechanisms mechanisms;
    private final SessionFacts facts;
    private final Authenticator authenticator;
    private SaslExchange exchange;

    AuthProcessor(SaslMechanisms mechanisms, SessionFacts facts, Authenticator authenticator) {
        this.mechanisms = mechanisms;
        this.facts = facts;
        this.authenticator = authenticator;
    }

    boolean inProgress() {
        return exchange != null;
    }

    void cancel() {
        exchange = null;
    }

    Reply start(Command.Auth auth, boolean inTransaction) {
        if (!facts.isExtended()) {
            return Replies.NEED_EHLO;
        }
        if (facts.isAuthenticated()) {
            return Replies.AUTH_TWICE;
        }
        if (inTransaction) {
            return Replies.AUTH_IN_TRANSACTION;
        }
        if (!facts.isAuthAvailable()) {
            return Replies.AUTH_NEEDS_TLS;
        }
        Optional<SaslMechanism> mechanism = mechanisms.find(auth.mechanism());
        if (mechanism.isEmpty()) {
            return Replies.AUTH_UNKNOWN_MECHANISM;
        }
        exchange = mechanism.get().start(authenticator);
        if (auth.initialResponse() == null) {
            return step(exchange.respond(null));
        }
        // RFC 4954 section 4: "=" is an initial response of zero length.
        String initial = auth.initialResponse();
        return initial.equals("=") ? step(exchange.respond(new byte[0])) : respond(initial);
    }

    /** One response line while the exchange runs. */
    Reply respond(String line) {
        if (line.equals("*")) {
            exchange = null;
            return Replies.AUTH_CANCELLED;
        }
        byte[] response;
        try {
            response = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            exchange = null;
            return Replies.AUTH_BAD_BASE64;
        }
        return step(exchange.respond(response));
    }

    private Reply step(SaslStep step) {
        if (step instanceof SaslStep.Challenge challenge) {
            return Reply.plain(334, Base64.getEncoder().encodeToString(challenge.data()));
        }
        exchange = null;
        if (step instanceof SaslStep.Done done) {
            return verdict(done.verdict());
        }
        return MALFORMED;
    }

    private Reply verdict(AuthVerdict verdict) {
        return switch (verdict.kind()) {
            case SUCCESS -> {
                facts.authenticated(verdict.identity());
                yield Replies.AUTH_SUCCEEDED;
            }
            case FAILURE -> Replies.AUTH_FAILED;
            case PASSWORD_CHANGE_REQUIRED -> Replies.AUTH_PASSWORD_CHANGE;
            case THROTTLED, TRY_LATER -> Replies.AUTH_TRY_LATER;
        };
    }
}
