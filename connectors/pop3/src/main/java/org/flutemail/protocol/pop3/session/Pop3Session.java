package org.flutemail.protocol.pop3.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flutemail.connector.api.MaildropSnapshot;
import org.flutemail.connector.api.MessageContent;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.protocol.pop3.codec.Pop3Line;

/**
 * One POP3 session (RFC 1939): AUTHORIZATION until a login succeeds and the maildrop is opened (see
 * {@link Authorization}), TRANSACTION until QUIT, then UPDATE, where the messages marked deleted are removed
 * in one call. Each command line yields exactly one response, written to the stream the transport passes in;
 * content is streamed from the store, never held in memory.
 *
 * <p>Store failures are answered {@code -ERR [SYS/TEMP]}, wrong credentials {@code -ERR [AUTH]}, and a login
 * to a maildrop that another session holds {@code -ERR [IN-USE]} (RFC 2449 and RFC 3206). The maildrop lock
 * is taken with the snapshot at login and given up at QUIT, on the idle timeout, or by {@link #end} when the
 * connection ends any other way; see {@link MaildropLockHold} for why it is a lease.
 */
public final class Pop3Session {

    private static final Logger LOG = Logger.getLogger(Pop3Session.class.getName());

    private enum State { AUTHORIZATION, TRANSACTION, UPDATE }

    /** Commands of the TRANSACTION state, so that one sent before login gets a reply that says so. */
    private static final Set<String> TRANSACTION_COMMANDS = Set.of("STAT", "LIST", "UIDL", "RETR", "TOP", "DELE",
            "NOOP", "RSET");

    private final Pop3Config config;
    private final Pop3Listener store;
    private final Replies replies;
    private final Authorization authorization;
    private State state = State.AUTHORIZATION;
    private String identity = "";
    private Maildrop maildrop;
    private MaildropLockHold lock;
    private final Set<Long> retrieved = new LinkedHashSet<>();
    private int commands;

    public Pop3Session(Pop3Config config, Pop3Policy policy, Pop3Listener store, String clientAddress, Clock clock) {
        this.config = config;
        this.store = store;
        this.replies = new Replies(config.maxBadCommands());
        this.authorization = new Authorization(config, policy, store, clientAddress, clock, replies);
    }

    public void greet(OutputStream out) throws IOException {
        replies.ok(out, config.serverName() + " Flute Mail POP3 server ready");
    }

    /** Answers one line from the client. */
    public void line(Pop3Line line, OutputStream out) throws IOException {
        if (replies.isClosing()) {
            return;
        }
        commands++;
        if (line.tooLong()) {
            authorization.cancelSasl();
            replies.bad(out, "line too long");
            return;
        }
        if (authorization.awaitingSaslResponse()) {
            enter(authorization.saslResponse(line.text(), out), out);
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
        if (Authorization.COMMANDS.contains(verb)) {
            enter(authorization.command(verb, args, out), out);
            return;
        }
        switch (verb) {
            case "CAPA" -> capa(out);
            case "QUIT" -> {
                replies.ok(out, config.serverName() + " POP3 server signing off");
                replies.close();
            }
            default -> replies.bad(out, TRANSACTION_COMMANDS.contains(verb) ? verb + " is not valid before login"
                    : "unknown command");
        }
    }

    /** The TRANSACTION state, once a login has opened the maildrop. */
    private void enter(Optional<Authorization.Opened> opened, OutputStream out) throws IOException {
        if (opened.isEmpty()) {
            return;
        }
        identity = opened.get().identity();
        maildrop = new Maildrop(opened.get().snapshot().messages());
        lock = opened.get().lock();
        state = State.TRANSACTION;
        replies.ok(out, "maildrop has " + maildrop.count() + " messages (" + maildrop.octets() + " octets)");
    }

    private void transaction(String verb, List<String> args, OutputStream out) throws IOException {
        if (!lock.keep()) {
            replies.close();
            replies.err(out, "[SYS/TEMP] the maildrop lock expired; log in again");
            return;
        }
        switch (verb) {
            case "STAT" -> {
                if (noArguments(args, out)) {
                    replies.ok(out, maildrop.count() + " " + maildrop.octets());
                }
            }
            case "LIST" -> list(args, out, false);
            case "UIDL" -> list(args, out, true);
            case "RETR" -> retrieve(args, out, false);
            case "TOP" -> retrieve(args, out, true);
            case "DELE" -> dele(args, out);
            case "NOOP" -> {
                if (noArguments(args, out)) {
                    replies.ok(out, "");
                }
            }
            case "RSET" -> {
                if (noArguments(args, out)) {
                    maildrop.undelete();
                    replies.ok(out, "maildrop has " + maildrop.count() + " messages (" + maildrop.octets()
                            + " octets)");
                }
            }
            case "CAPA" -> capa(out);
            case "QUIT" -> update(out);
            default -> replies.bad(out, Authorization.COMMANDS.contains(verb) ? verb + " is not valid after login"
                    : "unknown command");
        }
    }

    private void capa(OutputStream out) throws IOException {
        boolean authorizing = state == State.AUTHORIZATION;
        List<String> lines = new ArrayList<>(List.of("TOP", "UIDL"));
        if (authorizing) {
            lines.addAll(authorization.loginCapabilities());
        }
        lines.addAll(List.of("RESP-CODES", "AUTH-RESP-CODE", "PIPELINING"));
        if (authorizing && authorization.stlsOffered()) {
            lines.add("STLS");
        }
        lines.add("IMPLEMENTATION Flute-Mail");
        replies.ok(out, "capability list follows");
        replies.lines(out, lines);
    }

    private void list(List<String> args, OutputStream out, boolean uidl) throws IOException {
        if (args.size() > 1) {
            replies.bad(out, "too many arguments");
            return;
        }
        if (args.size() == 1) {
            int number = messageNumber(args.get(0), out);
            if (number > 0) {
                MaildropSnapshot.Message m = maildrop.message(number);
                replies.ok(out, number + " " + (uidl ? m.uidl() : Long.toString(m.size())));
            }
            return;
        }
        replies.ok(out, uidl ? "unique-id listing follows"
                : maildrop.count() + " messages (" + maildrop.octets() + " octets)");
        List<String> lines = new ArrayList<>();
        for (int number = 1; number <= maildrop.size(); number++) {
            if (!maildrop.isDeleted(number)) {
                MaildropSnapshot.Message m = maildrop.message(number);
                lines.add(number + " " + (uidl ? m.uidl() : Long.toString(m.size())));
            }
        }
        replies.lines(out, lines);
    }

    private void retrieve(List<String> args, OutputStream out, boolean top) throws IOException {
        if (args.size() != (top ? 2 : 1)) {
            replies.bad(out, top ? "syntax: TOP message lines" : "syntax: RETR message");
            return;
        }
        long lines = top ? number(args.get(1)) : -1;
        if (top && lines < 0) {
            replies.bad(out, "invalid line count");
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
                replies.err(out, "message " + number + " has been removed by another session");
                return;
            }
            content = found.openStream();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read message " + message.id() + " of " + identity, e);
            replies.err(out, "[SYS/TEMP] cannot read the message now, try later");
            return;
        }
        try (content) {
            replies.ok(out, top ? "top of message follows" : message.size() + " octets");
            MultilineWriter.write(content, out, lines);
        }
        if (!top) {
            retrieved.add(message.id());
        }
    }

    private void dele(List<String> args, OutputStream out) throws IOException {
        if (args.size() != 1) {
            replies.bad(out, "syntax: DELE message");
            return;
        }
        int number = messageNumber(args.get(0), out);
        if (number > 0) {
            maildrop.delete(number);
            replies.ok(out, "message " + number + " deleted");
        }
    }

    /** QUIT in TRANSACTION: the UPDATE state, where the deletions take effect. */
    private void update(OutputStream out) throws IOException {
        replies.close();
        if (!lock.renew()) {
            replies.err(out, "[SYS/TEMP] the maildrop lock expired, nothing removed; log in again");
            return;
        }
        state = State.UPDATE;
        List<Long> deleted = maildrop.deletedIds();
        if (!deleted.isEmpty()) {
            try {
                store.delete(identity, deleted);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot delete " + deleted.size() + " messages of " + identity, e);
                lock.release();
                replies.err(out, "[SYS/TEMP] some deleted messages not removed, try again later");
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
        // Released before the answer, so a client that logs in again right after it finds the maildrop free.
        lock.release();
        int left = maildrop.count();
        replies.ok(out, config.serverName() + " POP3 server signing off ("
                + (left == 0 ? "maildrop empty" : left + " messages left") + ")");
    }

    /** The message number in {@code text} if it names a message that is not deleted; else answers and returns -1. */
    private int messageNumber(String text, OutputStream out) throws IOException {
        long number = number(text);
        if (number < 1) {
            replies.bad(out, "invalid message number");
            return -1;
        }
        if (number > maildrop.size()) {
            replies.err(out, "no such message, only " + maildrop.size() + " messages in maildrop");
            return -1;
        }
        if (maildrop.isDeleted((int) number)) {
            replies.err(out, "message " + number + " already deleted");
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
            replies.bad(out, "no arguments expected");
            return false;
        }
        return true;
    }

    /** True once after {@code +OK} to STLS: the transport must now run the TLS handshake. */
    public boolean takeStartTls() {
        return authorization.takeStartTls();
    }

    /** TLS is up (implicit, or after STLS). */
    public void tlsEstablished(String description) {
        authorization.tlsEstablished(description);
    }

    /** Whether the next line is a SASL response, which may be longer than a command. */
    public boolean awaitingSaslResponse() {
        return authorization.awaitingSaslResponse();
    }

    public boolean isClosing() {
        return replies.isClosing();
    }

    /** RFC 1939 section 3: an idle session is closed without entering the UPDATE state. */
    public void idleTimeout(OutputStream out) throws IOException {
        replies.close();
        end();
        replies.err(out, "autologout; idle for too long");
    }

    /** The connection is over, however it ended: gives the maildrop lock up if the session still holds it. */
    public void end() {
        if (lock != null) {
            lock.release();
        }
    }

    /** For the log line at the end of the session. */
    public String summary() {
        return "user=" + (identity.isEmpty() ? "-" : identity) + " commands=" + commands + " retrieved="
                + retrieved.size() + " deleted=" + (maildrop == null ? 0 : maildrop.deletedIds().size())
                + " updated=" + (state == State.UPDATE);
    }
}
