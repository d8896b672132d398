package org.flutemail.protocol.smtp.command;

import java.util.List;
import java.util.Objects;

/** A syntactically valid SMTP command, as produced by {@link CommandParser}; its meaning is the session's. */
public sealed interface Command {

    /** {@code EHLO} (extended) or {@code HELO}. */
    record Hello(boolean extended, String clientName) implements Command {
        public Hello {
            Objects.requireNonNull(clientName, "clientName");
        }
    }

    /** {@code MAIL FROM:<reverse-path> [parameters]}; an empty sender is the null reverse-path. */
    record Mail(String sender, List<Parameter> parameters) implements Command {
        public Mail {
            Objects.requireNonNull(sender, "sender");
            parameters = List.copyOf(parameters);
        }
    }

    /** {@code RCPT TO:<forward-path> [parameters]}. */
    record Rcpt(String recipient, List<Parameter> parameters) implements Command {
        public Rcpt {
            Objects.requireNonNull(recipient, "recipient");
            parameters = List.copyOf(parameters);
        }
    }

    /** {@code VRFY}, {@code EXPN}, {@code HELP} and {@code NOOP} carry free text the receiver does not need. */
    record Query(Verb verb, String argument) implements Command {
    }

    /**
     * {@code AUTH mechanism [initial-response]} (RFC 4954). The mechanism is upper-cased; the initial
     * response is still base64 text ({@code =} for an empty one), or null when the client sent none.
     */
    record Auth(String mechanism, String initialResponse) implements Command {
        public Auth {
            Objects.requireNonNull(mechanism, "mechanism");
        }
    }

    /** {@code BDAT size [LAST]} (RFC 3030): {@code size} octets of content follow the line at once. */
    record Bdat(long size, boolean last) implements Command {
    }

    /** {@code DATA}, {@code RSET}, {@code QUIT} and {@code STARTTLS}: no arguments allowed. */
    record Bare(Verb verb) implements Command {
    }

    /** An ESMTP parameter {@code keyword[=value]}; the keyword is upper-cased, the value null when absent. */
    record Parameter(String keyword, String value) {
        public Parameter {
            Objects.requireNonNull(keyword, "keyword");
        }
    }

    enum Verb { DATA, RSET, QUIT, STARTTLS, NOOP, HELP, VRFY, EXPN }
}
