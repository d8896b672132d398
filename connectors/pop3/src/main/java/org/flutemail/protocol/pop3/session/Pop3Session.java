package org.flutemail.protocol.pop3.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.MaildropSnapshot;
import org.flutemail.connector.api.MessageContent;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.connector.api.Pop3SessionInfo;
import org.flutemail.protocol.pop3.codec.Pop3Line;

/**
 * One POP3 session (RFC 1939): AUTHORIZATION until a login succeeds and the maildrop is opened,
 * TRANSACTION until QUIT, then UPDATE, where the messages marked deleted are removed in one call. Each
 * command line yields exactly one response, written to the stream the transport passes in; content is
 * streamed from the store, never held in memory.
 *
 * <p>Store failures are answered {@code -ERR [SYS/TEMP]} and wrong credentials {@code -ERR [AUTH]}
 * (RFC 2449 and RFC 3206). There is no maildrop lock: the maildrop is a snapshot taken at login, and
 * deleting is idempotent, so two sessions of one user cannot harm each other.
 */
public final class Pop3Session {

    private static final Logger LOG = Logger.getLogger(Pop3Session.class.getName());

    private enum State { AUTHORIZATION, TRANSACTION, UPDATE }

    private final Pop3Config config;
    private final Pop3Policy policy;
    private final Pop3Listener store;
    private final String clientAddress;
    private State state = State.AUTHORIZATION;
    private String tlsCipher = "";
    private String pendingUser;
    private boolean awaitingSaslResponse;
    private String identity = "";
    private Maildrop maildrop;
    private final Set<Long> retrieved = new LinkedHashSet<>();
    private int badCommands;
    private int commands;
    private boolean closing;
    private boolean startTls;

    public Pop3Session(Pop3Config config, Pop3Policy policy, Pop3Listener store, String clientAddress) {
        this.config = config;
        this.policy = policy;
        this.store = store;
        this.clientAddress = clientAddress;
    }

    public void greet(OutputStream out) throws IOException {
        ok(out, config.serverName() + " Flute Mail POP3 server ready");
    }

    /** Answers one line from the client. */
    public void line(Pop3Line line, OutputStream out) throws IOException {
        if (closing) {
            return;
        }
        commands++;
        if (line.tooLong()) {
            awaitingSaslResponse = false;
            bad(out, "line too long");
            return;
        }
        if (awaitingSaslResponse) {
            awaitingSaslResponse = false;
            saslResponse(line.text(), out);
            return;
        }
        String text = line.text();
        int space = text.indexOf(' ');
        String verb = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        List<String> args = space < 0 ? List.of() : List.of(text.substring(space + 1).strip().split(" +"));
        if (args.size() == 1 && args.get(0).isEmpty()) {
            args = List.of();
        }
        if (state == State.AUTHORIZATION) {
            authorization(verb, args, out);
        } else {
            transaction(verb, args, out);
        }
    }

    private void authorization(String verb, List<String> args, OutputStream out) throws IOException {
        switch (verb) {
            case "CAPA" -> capa(out);
            case "USER" -> user(args, out);
            case "PASS" -> pass(args, out);
            case "AUTH" -> auth(args, out);
            case "STLS" -> stls(args, out);
            case "QUIT" -> {
                ok(out, config.serverName() + " POP3 server signing off");
                closing = true;
            }
            default -> bad(out, "unknown command in the AUTHORIZATION state");
        }
    }

    private void transaction(String verb, List<String> args, OutputStream out) throws IOException {
        switch (verb) {
            case "STAT" -> {
                if (noArguments(args, out)) {
                    ok(out, maildrop.count() + " " + maildrop.octets());
                }
            }
            case "LIST" -> list(args, out, false);
            case "UIDL" -> list(args, out, true);
            case "RETR" -> retrieve(args, out, false);
            case "TOP" -> retrieve(args, out, true);
            case "DELE" -> dele(args, out);
            case "NOOP" -> {
                if (noArguments(args, out)) {
                    ok(out, "");
                }
            }
            case "RSET" -> {
                if (noArguments(args, out)) {
                    maildrop.undelete();
                    ok(out, "maildrop has " + maildrop.count() + " messages (" + maildrop.octets() + " octets)");
                }
            }
            case "CAPA" -> capa(out);
            case "QUIT" -> update(out);
            default -> bad(out, "unknown command in the TRANSACTION state");
        }
    }

    private void capa(OutputStream out) throws IOException {
        List<String> lines = new ArrayList<>(List.of("TOP", "UIDL"));
        if (state == State.AUTHORIZATION && plainAuthAllowed()) {
            lines.add("USER");
            lines.add("SASL PLAIN");
        }
        lines.addAll(List.of("RESP-CODES", "AUTH-RESP-CODE", "PIPELINING"));
        if (state == State.AUTHORIZATION && stlsOffered()) {
            lines.add("STLS");
        }
        lines.add("IMPLEMENTATION Flute-Mail");
        ok(out, "capability list follows");
        writeLines(out, lines);
    }

    private void user(List<String> args, OutputStream out) throws IOException {
        if (!plainAuthAllowed()) {
            bad(out, "[AUTH] plaintext authentication is not allowed before TLS; use STLS");
        } else if (args.size() != 1) {
            bad(out, "syntax: USER name");
        } else {
            pendingUser = args.get(0);
            ok(out, "send the password");
        }
    }

    private void pass(List<String> args, OutputStream out) throws IOException {
        String user = pendingUser;
        pendingUser = null;
        if (user == null) {
            bad(out, "USER first");
        } else if (args.isEmpty()) {
            bad(out, "syntax: PASS password");
        } else {
            // RFC 1939 section 7: the password may contain spaces.
            login(user, String.join(" ", args), out);
        }
    }

    private void auth(List<String> args, OutputStream out) throws IOException {
        if (args.isEmpty()) {
            ok(out, "supported mechanisms follow");
            writeLines(out, plainAuthAllowed() ? List.of("PLAIN") : List.of());
        } else if (!args.get(0).equalsIgnoreCase("PLAIN") || args.size() > 2) {
            bad(out, "unsupported authentication mechanism");
        } else if (!plainAuthAllowed()) {
            bad(out, "[AUTH] plaintext authentication is not allowed before TLS; use STLS");
        } else if (args.size() == 2) {
            saslResponse(args.get(1), out);
        } else {
            awaitingSaslResponse = true;
            write(out, "+ ");
        }
    }

    private void saslResponse(String response, OutputStream out) throws IOException {
        if (response.equals("*")) {
            bad(out, "authentication cancelled");
            return;
        }
        Optional<SaslPlain> plain = SaslPlain.decode(response.strip());
        if (plain.isEmpty()) {
            bad(out, "malformed SASL PLAIN response");
        } else {
            login(plain.get().user(), plain.get().password(), out);
        }
    }

    private void stls(List<String> args, OutputStream out) throws IOException {
        if (!args.isEmpty()) {
            bad(out, "syntax: STLS");
        } else if (!stlsOffered()) {
            bad(out, isTls() ? "TLS is already active" : "TLS is not available");
        } else {
            ok(out, "begin TLS negotiation");
            startTls = true;
        }
    }

    private void login(String user, String password, OutputStream out) throws IOException {
        AuthVerdict verdict;
        try {
            verdict = store.authenticate(user, password, sessionInfo());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "POP3 authentication could not be checked", e);
            err(out, "[SYS/TEMP] cannot check credentials now, try later");
            return;
        }
        switch (verdict.kind()) {
            case SUCCESS -> open(verdict.identity(), out);
            case FAILURE -> bad(out, "[AUTH] invalid user name or password");
            case PASSWORD_CHANGE_REQUIRED -> err(out, "[AUTH] password change required: set a new password"
                    + " before using mail clients");
            case THROTTLED, TRY_LATER -> err(out, "[SYS/TEMP] cannot log in now, try later");
        }
    }

    private void open(String account, OutputStream out) throws IOException {
        MaildropSnapshot snapshot;
        try {
            snapshot = store.open(account);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot open the maildrop of " + account, e);
            err(out, "[SYS/TEMP] cannot open the maildrop now, try later");
            return;
        }
        identity = account;
        maildrop = new Maildrop(snapshot.messages());
        state = State.TRANSACTION;
        ok(out, "maildrop has " + maildrop.count() + " messages (" + maildrop.octets() + " octets)");
    }

    private void list(List<String> args, OutputStream out, boolean uidl) throws IOException {
        if (args.size() > 1) {
            bad(out, "too many arguments");
            return;
        }
        if (args.size() == 1) {
            int number = messageNumber(args.get(0), out);
            if (number > 0) {
                MaildropSnapshot.Message m = maildrop.message(number);
                ok(out, number + " " + (uidl ? m.uidl() : Long.toString(m.size())));
            }
            return;
        }
        ok(out, uidl ? "unique-id listing follows"
                : maildrop.count() + " messages (" + maildrop.octets() + " octets)");
        List<String> lines = new ArrayList<>();
        for (int number = 1; number <= maildrop.size(); number++) {
            if (!maildrop.isDeleted(number)) {
                MaildropSnapshot.Message m = maildrop.message(number);
                lines.add(number + " " + (uidl ? m.uidl() : Long.toString(m.size())));
            }
        }
        writeLines(out, lines);
    }

    private void retrieve(List<String> args, OutputStream out, boolean top) throws IOException {
        if (args.size() != (top ? 2 : 1)) {
            bad(out, top ? "syntax: TOP message lines" : "syntax: RETR message");
            return;
        }
        long lines = top ? number(args.get(1)) : -1;
        if (top && lines < 0) {
            bad(out, "invalid line count");
            return;
        }
        int number = messageNumber(args.get(0), out);
        if (number <= 0) {
            return;
        }
        MaildropSnapshot.Message message = maildrop.message(number);
        InputStream content;
        try {
            MessageContent found = store.retrieve(identity, message.id());
            if (found == null) {
                err(out, "message " + number + " has been removed by another session");
                return;
            }
            content = found.openStream();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read message " + message.id() + " of " + identity, e);
            err(out, "[SYS/TEMP] cannot read the message now, try later");
            return;
        }
        try (content) {
            ok(out, top ? "top of message follows" : message.size() + " octets");
            MultilineWriter.write(content, out, lines);
        }
        if (!top) {
            retrieved.add(message.id());
        }
    }

    private void dele(List<String> args, OutputStream out) throws IOException {
        if (args.size() != 1) {
            bad(out, "syntax: DELE message");
            return;
        }
        int number = messageNumber(args.get(0), out);
        if (number > 0) {
            maildrop.delete(number);
            ok(out, "message " + number + " deleted");
        }
    }

    /** QUIT in TRANSACTION: the UPDATE state, where the deletions take effect. */
    private void update(OutputStream out) throws IOException {
        state = State.UPDATE;
        closing = true;
        List<Long> deleted = maildrop.deletedIds();
        if (!deleted.isEmpty()) {
            try {
                store.delete(identity, deleted);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot delete " + deleted.size() + " messages of " + identity, e);
                err(out, "[SYS/TEMP] some deleted messages not removed, try again later");
                return;
            }
        }
        List<Long> seen = retrieved.stream().filter(id -> !deleted.contains(id)).toList();
        if (!seen.isEmpty()) {
            try {
                store.markSeen(identity, seen);
            } catch (RuntimeException e) {
                // The deletions are done, and a missing \Seen flag costs the user nothing but a bold line.
                LOG.log(Level.WARNING, "cannot mark " + seen.size() + " messages of " + identity + " seen", e);
            }
        }
        int left = maildrop.count();
        ok(out, config.serverName() + " POP3 server signing off ("
                + (left == 0 ? "maildrop empty" : left + " messages left") + ")");
    }

    /** The message number in {@code text} if it names a message that is not deleted; else answers and returns -1. */
    private int messageNumber(String text, OutputStream out) throws IOException {
        long number = number(text);
        if (number < 1) {
            bad(out, "invalid message number");
            return -1;
        }
        if (number > maildrop.size()) {
            err(out, "no such message, only " + maildrop.size() + " messages in maildrop");
            return -1;
        }
        if (maildrop.isDeleted((int) number)) {
            err(out, "message " + number + " already deleted");
            return -1;
        }
        return (int) number;
    }

    private static long number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(text);
    }

    private boolean noArguments(List<String> args, OutputStream out) throws IOException {
        if (!args.isEmpty()) {
            bad(out, "no arguments expected");
            return false;
        }
        return true;
    }

    private void bad(OutputStream out, String text) throws IOException {
        badCommands++;
        if (badCommands >= config.maxBadCommands()) {
            closing = true;
            err(out, text + "; too many errors, closing connection");
        } else {
            err(out, text);
        }
    }

    /** Whether a password may be sent now. */
    private boolean plainAuthAllowed() {
        return isTls() || policy.allowPlainAuth();
    }

    private boolean stlsOffered() {
        return policy.tlsAvailable() && !policy.implicitTls() && !isTls();
    }

    private boolean isTls() {
        return !tlsCipher.isEmpty();
    }

    private Pop3SessionInfo sessionInfo() {
        return new Pop3SessionInfo(clientAddress, config.serverName(), tlsCipher, policy.implicitTls());
    }

    /** True once after {@code +OK} to STLS: the transport must now run the TLS handshake. */
    public boolean takeStartTls() {
        boolean requested = startTls;
        startTls = false;
        return requested;
    }

    /** TLS is up (implicit, or after STLS); RFC 2595 section 4: forget what the client said before it. */
    public void tlsEstablished(String description) {
        tlsCipher = description == null || description.isEmpty() ? "TLS" : description;
        pendingUser = null;
        awaitingSaslResponse = false;
    }

    /** Whether the next line is a SASL response, which may be longer than a command. */
    public boolean awaitingSaslResponse() {
        return awaitingSaslResponse;
    }

    public boolean isClosing() {
        return closing;
    }

    /** RFC 1939 section 3: an idle session is closed without entering the UPDATE state. */
    public void idleTimeout(OutputStream out) throws IOException {
        closing = true;
        err(out, "autologout; idle for too long");
    }

    /** For the log line at the end of the session. */
    public String summary() {
        return "user=" + (identity.isEmpty() ? "-" : identity) + " commands=" + commands + " retrieved="
                + retrieved.size() + " deleted=" + (maildrop == null ? 0 : maildrop.deletedIds().size())
                + " updated=" + (state == State.UPDATE);
    }

    private static void ok(OutputStream out, String text) throws IOException {
        write(out, text.isEmpty() ? "+OK" : "+OK " + text);
    }

    private static void err(OutputStream out, String text) throws IOException {
        write(out, "-ERR " + text);
    }

    private static void writeLines(OutputStream out, List<String> lines) throws IOException {
        StringBuilder response = new StringBuilder();
        for (String line : lines) {
            response.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        out.write(response.append(".\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
