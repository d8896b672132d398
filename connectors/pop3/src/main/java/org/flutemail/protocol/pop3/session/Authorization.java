package org.flutemail.protocol.pop3.session;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.MaildropSnapshot;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.connector.api.Pop3SessionInfo;

/**
 * The AUTHORIZATION state (RFC 1939 section 4): STLS (RFC 2595), USER and PASS, AUTH PLAIN with or without
 * an initial response (RFC 5034), until a login succeeds and the maildrop is opened, and locked, for the
 * session. Passwords are refused before TLS unless the port allows them. A wrong password and an unknown
 * user get the same reply; a maildrop that another session holds gets {@code [IN-USE]}.
 */
final class Authorization {

    private static final Logger LOG = Logger.getLogger(Authorization.class.getName());

    /** The commands of this state. */
    static final Set<String> COMMANDS = Set.of("USER", "PASS", "AUTH", "STLS");

    /** A successful login: who, the maildrop as it was, and the hold on its lock. */
    record Opened(String identity, MaildropSnapshot snapshot, MaildropLockHold lock) {
    }

    private final Pop3Config config;
    private final Pop3Policy policy;
    private final Pop3Listener store;
    private final String clientAddress;
    private final Clock clock;
    private final Replies replies;
    private String tlsCipher = "";
    private String pendingUser;
    private boolean awaitingSaslResponse;
    private boolean startTls;

    Authorization(Pop3Config config, Pop3Policy policy, Pop3Listener store, String clientAddress, Clock clock,
            Replies replies) {
        this.config = config;
        this.policy = policy;
        this.store = store;
        this.clientAddress = clientAddress;
        this.clock = clock;
        this.replies = replies;
    }

    /** Answers one of {@link #COMMANDS}; the opened maildrop when it logged the client in. */
    Optional<Opened> command(String verb, List<String> args, OutputStream out) throws IOException {
        return switch (verb) {
            case "USER" -> user(args, out);
            case "PASS" -> pass(args, out);
            case "AUTH" -> auth(args, out);
            case "STLS" -> stls(args, out);
            default -> throw new IllegalArgumentException("not an AUTHORIZATION command: " + verb);
        };
    }

    /** The capabilities that depend on this state: how to log in now, and STLS while it is offered. */
    List<String> loginCapabilities() {
        return plainAuthAllowed() ? List.of("USER", "SASL PLAIN") : List.of();
    }

    boolean stlsOffered() {
        return policy.tlsAvailable() && !policy.implicitTls() && !isTls();
    }

    private Optional<Opened> user(List<String> args, OutputStream out) throws IOException {
        if (!plainAuthAllowed()) {
            replies.bad(out, "[AUTH] plaintext authentication is not allowed before TLS; use STLS");
        } else if (args.size() != 1) {
            replies.bad(out, "syntax: USER name");
        } else {
            pendingUser = args.get(0);
            replies.ok(out, "send the password");
        }
        return Optional.empty();
    }

    private Optional<Opened> pass(List<String> args, OutputStream out) throws IOException {
        String user = pendingUser;
        pendingUser = null;
        if (user == null) {
            replies.bad(out, "USER first");
        } else if (args.isEmpty()) {
            replies.bad(out, "syntax: PASS password");
        } else {
            // RFC 1939 section 7: the password may contain spaces.
            return login(user, String.join(" ", args), out);
        }
        return Optional.empty();
    }

    private Optional<Opened> auth(List<String> args, OutputStream out) throws IOException {
        if (args.isEmpty()) {
            replies.ok(out, "supported mechanisms follow");
            replies.lines(out, plainAuthAllowed() ? List.of("PLAIN") : List.of());
        } else if (!args.get(0).equalsIgnoreCase("PLAIN") || args.size() > 2) {
            replies.bad(out, "unsupported authentication mechanism");
        } else if (!plainAuthAllowed()) {
            replies.bad(out, "[AUTH] plaintext authentication is not allowed before TLS; use STLS");
        } else if (args.size() == 2) {
            return plain(args.get(1), out);
        } else {
            awaitingSaslResponse = true;
            replies.write(out, "+ ");
        }
        return Optional.empty();
    }

    /** The line after {@code AUTH PLAIN}'s continuation; the opened maildrop when it logged the client in. */
    Optional<Opened> saslResponse(String response, OutputStream out) throws IOException {
        awaitingSaslResponse = false;
        if (response.equals("*")) {
            replies.bad(out, "authentication cancelled");
            return Optional.empty();
        }
        return plain(response, out);
    }

    private Optional<Opened> plain(String response, OutputStream out) throws IOException {
        Optional<SaslPlain> plain = SaslPlain.decode(response.strip());
        if (plain.isEmpty()) {
            replies.bad(out, "malformed SASL PLAIN response");
            return Optional.empty();
        }
        return login(plain.get().user(), plain.get().password(), out);
    }

    private Optional<Opened> stls(List<String> args, OutputStream out) throws IOException {
        if (!args.isEmpty()) {
            replies.bad(out, "syntax: STLS");
        } else if (!stlsOffered()) {
            replies.bad(out, isTls() ? "TLS is already active" : "TLS is not available");
        } else {
            replies.ok(out, "begin TLS negotiation");
            startTls = true;
        }
        return Optional.empty();
    }

    private Optional<Opened> login(String user, String password, OutputStream out) throws IOException {
        AuthVerdict verdict;
        try {
            verdict = store.authenticate(user, password, sessionInfo());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "POP3 authentication could not be checked", e);
            replies.err(out, "[SYS/TEMP] cannot check credentials now, try later");
            return Optional.empty();
        }
        switch (verdict.kind()) {
            case SUCCESS -> {
                return open(verdict.identity(), out);
            }
            case FAILURE -> replies.bad(out, "[AUTH] invalid user name or password");
            case PASSWORD_CHANGE_REQUIRED -> replies.err(out, "[AUTH] password change required: set a new password"
                    + " before using mail clients");
            case THROTTLED, TRY_LATER -> replies.err(out, "[SYS/TEMP] cannot log in now, try later");
        }
        return Optional.empty();
    }

    private Optional<Opened> open(String account, OutputStream out) throws IOException {
        Duration lease = MaildropLockHold.leaseFor(config.idleTimeout());
        Optional<MaildropSnapshot> opened;
        try {
            opened = store.open(account, lease);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot open the maildrop of " + account, e);
            replies.err(out, "[SYS/TEMP] cannot open the maildrop now, try later");
            return Optional.empty();
        }
        if (opened.isEmpty()) {
            // Counted as an error: each retry costs a password check, so a client looping on it is cut off.
            replies.bad(out, "[IN-USE] the maildrop is in use by another session, try later");
            return Optional.empty();
        }
        return Optional.of(new Opened(account, opened.get(),
                new MaildropLockHold(store, opened.get().lock(), lease, clock)));
    }

    /** Whether a password may be sent now. */
    private boolean plainAuthAllowed() {
        return isTls() || policy.allowPlainAuth();
    }

    private boolean isTls() {
        return !tlsCipher.isEmpty();
    }

    private Pop3SessionInfo sessionInfo() {
        return new Pop3SessionInfo(clientAddress, config.serverName(), tlsCipher, policy.implicitTls());
    }

    /** True once after {@code +OK} to STLS: the transport must now run the TLS handshake. */
    boolean takeStartTls() {
        boolean requested = startTls;
        startTls = false;
        return requested;
    }

    /** TLS is up (implicit, or after STLS); RFC 2595 section 4: forget what the client said before it. */
    void tlsEstablished(String description) {
        tlsCipher = description == null || description.isEmpty() ? "TLS" : description;
        pendingUser = null;
        awaitingSaslResponse = false;
    }

    /** Whether the next line is a SASL response, which may be longer than a command. */
    boolean awaitingSaslResponse() {
        return awaitingSaslResponse;
    }

    /** A line too long to be a SASL response ends the exchange. */
    void cancelSasl() {
        awaitingSaslResponse = false;
    }
}
