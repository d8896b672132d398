package org.flutemail.protocol.imap.session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import java.time.Duration;
import java.time.Instant;

import org.flutemail.protocol.imap.codec.DecodeError;
import org.flutemail.protocol.imap.codec.DecoderHandler;
import org.flutemail.protocol.imap.codec.ImapDecoder;
import org.flutemail.protocol.imap.codec.ImapRequest;
import org.flutemail.protocol.imap.command.BadCommandException;
import org.flutemail.protocol.imap.command.ImapCommand;
import org.flutemail.protocol.imap.command.ImapCommandParser;
import org.flutemail.protocol.imap.command.ParseContext;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.flutemail.protocol.imap.response.Status;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.ImapStore.LoginResult;
import org.flutemail.protocol.imap.store.MailboxWatcher;
import org.flutemail.protocol.imap.store.StoreException;

/**
 * One IMAP connection's protocol semantics (RFC 9051 section 3's states): bytes from the client go in
 * through {@link #receive}, responses go out through the {@link ImapChannel}. Framing is the decoder's,
 * syntax the command parser's; this class decides what a valid command means in the current state and
 * hands the work to the command groups that share its {@link SessionContext}.
 *
 * <p>Not thread-safe: the server wiring calls one session from one thread at a time.
 */
public final class ImapSession implements DecoderHandler {

    private final SessionContext context;
    private final ImapDecoder decoder;
    private final ImapCommandParser parser = new ImapCommandParser();
    private final MailboxCommands mailboxCommands;
    private final MessageCommands messageCommands;
    private final SelectionCommands selectionCommands;
    private int badInARow;
    /** The tag of an AUTHENTICATE waiting for its client response, or of an IDLE waiting for DONE. */
    private String waitingTag;
    private boolean idling;

    /** How long an idling client goes without a look at the store when no change news comes. */
    static final Duration SAFETY_LOOK = Duration.ofSeconds(30);

    private Instant lastLook = Instant.EPOCH;

    public ImapSession(ImapConfig config, ImapStore store, ImapChannel channel, String clientAddress,
            boolean tlsActive) {
        this(config, store, channel, clientAddress, tlsActive, MailboxWatcher.NONE);
    }

    /** @param watcher where news of changes to the selected mailbox comes from (see {@code MailboxChangeHub}) */
    public ImapSession(ImapConfig config, ImapStore store, ImapChannel channel, String clientAddress,
            boolean tlsActive, MailboxWatcher watcher) {
        this.context = new SessionContext(config, store, channel, clientAddress, tlsActive, watcher);
        this.decoder = new ImapDecoder(config.limits(), this);
        this.mailboxCommands = new MailboxCommands(context);
        this.selectionCommands = new SelectionCommands(context);
        this.messageCommands = new MessageCommands(context, selectionCommands);
    }

    /** Sends the greeting. */
    public void start() {
        context.out().untaggedStatus(Status.OK, "CAPABILITY " + context.capabilities(),
                context.config().serverName() + " Flute IMAP ready");
        context.flush();
    }

    /** Feeds octets from the client; responses are sent before this returns. */
    public void receive(byte[] bytes, int offset, int length) {
        decoder.feed(bytes, offset, length);
        context.flush();
    }

    /** Whether the session has ended (LOGOUT, or closed for misbehaviour). */
    public boolean ended() {
        return context.state() == SessionState.LOGOUT;
    }

    /**
     * Called now and then while the client is silent: a client in IDLE hears of changes to its
     * mailbox once news of them came (or, should news be lost, after {@link #SAFETY_LOOK}).
     */
    public void tick(Instant now) {
        if (idling && (context.takeSignal() || !now.isBefore(lastLook.plus(SAFETY_LOOK)))) {
            lastLook = now;
            mailboxChanged();
        }
    }

    /** The connection is gone: stop watching the selected mailbox. */
    public void closed() {
        context.stopWatching();
    }

    /**
     * The selected mailbox changed somewhere else (another session, a delivery): a client in IDLE
     * hears of it now; others at their next command.
     */
    public void mailboxChanged() {
        if (idling && context.selected() != null) {
            try {
                selectionCommands.announceChanges(true);
            } catch (StoreException | RuntimeException e) {
                // Nothing to tell the idling client; the next change or command asks the store again.
            }
            context.flush();
        }
    }

    /** The connection timed out: say why before it is closed (RFC 9051 section 5.4). */
    public void timedOut() {
        context.out().untaggedStatus(Status.BYE, null, "Autologout; idle for too long");
        context.endSession();
        context.flush();
    }

    @Override
    public void request(ImapRequest request) {
        ImapCommand command;
        try {
            command = parser.parse(request, new ParseContext(context.utf8(), context.revision() == Revision.IMAP4REV2));
        } catch (BadCommandException e) {
            if (e.refusal()) {
                context.out().tagged(request.tag(), Status.NO, e.responseCode(), e.getMessage());
            } else {
                bad(request.tag(), e.getMessage());
            }
            return;
        }
        try {
            execute(request.tag(), request.name(), command);
        } catch (StoreException e) {
            context.out().tagged(request.tag(), Status.NO, context.revision().responseCode(e.code()), e.getMessage());
        } catch (RuntimeException e) {
            // A store that failed unexpectedly must not take the connection with it: the client can retry.
            context.out().tagged(request.tag(), Status.NO, "SERVERBUG", "Internal error, try again later");
        }
    }

    @Override
    public void error(DecodeError error) {
        if (error.closesConnection()) {
            context.out().untaggedStatus(Status.BYE, error.responseCode(), error.text());
            context.endSession();
            decoder.stop();
            return;
        }
        if (error.refusal()) {
            context.out().tagged(error.tag(), Status.NO, error.responseCode(), error.text());
            return;
        }
        if (error.tag() == null) {
            countBad();
            context.out().untaggedStatus(Status.BAD, error.responseCode(), error.text());
            closeIfTooManyBad();
        } else {
            // RFC 7888 section 4 and RFC 7889: a literal or command over its limit is BAD [TOOBIG].
            countBad();
            context.out().tagged(error.tag(), Status.BAD, error.responseCode(), error.text());
            closeIfTooManyBad();
        }
    }

    @Override
    public void continuationRequested() {
        context.out().continuation("Ready for literal data");
        context.flush();
    }

    @Override
    public void line(String line) {
        String tag = waitingTag;
        waitingTag = null;
        if (idling) {
            idling = false;
            if (line.equalsIgnoreCase("DONE")) {
                context.out().tagged(tag, Status.OK, null, "IDLE terminated");
            } else {
                bad(tag, "Expected DONE to end IDLE");
            }
            return;
        }
        authenticatePlain(tag, line);
    }

    private void execute(String tag, String name, ImapCommand command) throws StoreException {
        SessionState state = context.state();
        if (!state.allows(command)) {
            bad(tag, state.refusal(name));
            return;
        }
        badInARow = 0;
        if (command instanceof ImapCommand.Simple simple) {
            simple(tag, simple.kind());
        } else if (command instanceof ImapCommand.Login login) {
            login(tag, login.user(), login.password());
        } else if (command instanceof ImapCommand.Authenticate authenticate) {
            authenticate(tag, authenticate);
        } else if (command instanceof ImapCommand.Enable enable) {
            selectionCommands.enable(tag, enable);
        } else if (command instanceof ImapCommand.Id) {
            id(tag);
        } else if (command instanceof ImapCommand.Select select) {
            selectionCommands.select(tag, select);
        } else if (command instanceof ImapCommand.Create create) {
            mailboxCommands.create(tag, create);
        } else if (command instanceof ImapCommand.OnMailbox on) {
            mailboxCommands.onMailbox(tag, on);
        } else if (command instanceof ImapCommand.Rename rename) {
            mailboxCommands.rename(tag, rename);
        } else if (command instanceof ImapCommand.ListMailboxes list) {
            mailboxCommands.list(tag, list);
        } else if (command instanceof ImapCommand.Status status) {
            mailboxCommands.status(tag, status);
        } else if (command instanceof ImapCommand.Append append) {
            messageCommands.append(tag, append);
        } else if (command instanceof ImapCommand.Fetch fetch) {
            messageCommands.fetch(tag, fetch);
        } else if (command instanceof ImapCommand.Store store) {
            messageCommands.store(tag, store);
        } else if (command instanceof ImapCommand.Search search) {
            messageCommands.search(tag, search);
        } else if (command instanceof ImapCommand.Transfer transfer) {
            messageCommands.transfer(tag, transfer);
        } else if (command instanceof ImapCommand.Sort sort) {
            messageCommands.sort(tag, sort);
        } else if (command instanceof ImapCommand.Thread thread) {
            messageCommands.thread(tag, thread);
        } else if (command instanceof ImapCommand.Compress compress) {
            compress(tag, compress.mechanism());
        } else if (command instanceof ImapCommand.GetQuota quota) {
            mailboxCommands.quota(tag, quota.root());
        } else if (command instanceof ImapCommand.UidExpunge expunge) {
            messageCommands.expunge(tag, expunge.set());
        } else {
            context.out().tagged(tag, Status.NO, "CANNOT", name + " is not available on this server");
        }
    }

    private void simple(String tag, ImapCommand.Kind kind) throws StoreException {
        switch (kind) {
            case CAPABILITY -> {
                context.out().untagged().atom("CAPABILITY").text(context.capabilities()).end();
                context.out().tagged(tag, Status.OK, null, "CAPABILITY completed");
            }
            case NOOP, CHECK -> {
                selectionCommands.announceChanges(true);
                context.out().tagged(tag, Status.OK, null, kind + " completed");
            }
            case LOGOUT -> {
                context.out().untaggedStatus(Status.BYE, null, "Logging out");
                context.out().tagged(tag, Status.OK, null, "LOGOUT completed");
                context.endSession();
                decoder.stop();
            }
            case STARTTLS -> startTls(tag);
            case CLOSE -> selectionCommands.close(tag, true);
            case UNSELECT -> selectionCommands.close(tag, false);
            case EXPUNGE -> messageCommands.expunge(tag, null);
            case IDLE -> idle(tag);
            case NAMESPACE -> {
                context.out().untagged().atom("NAMESPACE").openList().openList().string("")
                        .string(String.valueOf(ImapStore.DELIMITER)).closeList().closeList().nil().nil().end();
                context.out().tagged(tag, Status.OK, null, "NAMESPACE completed");
            }
        }
    }

    private void startTls(String tag) {
        if (context.tlsActive() || !context.config().tlsAvailable()) {
            bad(tag, context.tlsActive() ? "TLS is already active" : "STARTTLS is not available");
            return;
        }
        context.out().tagged(tag, Status.OK, null, "Begin TLS negotiation now");
        context.flush();
        context.channel().startTls();
        context.tlsStarted();
        // RFC 9051 section 6.2.1: anything the client sent after STARTTLS and before the handshake is void.
        decoder.reset();
    }

    private void compress(String tag, String mechanism) {
        if (!mechanism.equalsIgnoreCase("DEFLATE")) {
            context.out().tagged(tag, Status.NO, "CANNOT", "Only DEFLATE compression is supported");
            return;
        }
        if (context.compressed()) {
            context.out().tagged(tag, Status.NO, "COMPRESSIONACTIVE", "Compression is already on");
            return;
        }
        context.out().tagged(tag, Status.OK, null, "DEFLATE active");
        context.flush();
        context.channel().startCompression();
        context.compressionStarted();
    }

    private void login(String tag, String user, String password) {
        if (!context.plainLoginAllowed()) {
            context.out().tagged(tag, Status.NO, "PRIVACYREQUIRED", "Use STARTTLS before logging in");
            return;
        }
        LoginResult result = context.store().login(user, password, context.clientAddress());
        switch (result.outcome()) {
            case SUCCESS -> {
                context.authenticated(result.identity());
                decoder.setAuthenticated(true);
                context.out().tagged(tag, Status.OK, "CAPABILITY " + context.capabilities(), "Logged in");
            }
            case THROTTLED -> context.out().tagged(tag, Status.NO, "UNAVAILABLE",
                    "Too many failed logins; try again later");
            case FAILURE -> context.out().tagged(tag, Status.NO, "AUTHENTICATIONFAILED", "Invalid credentials");
            // RFC 5530 EXPIRED: the passphrase is right but no longer lets the user in.
            case PASSWORD_CHANGE_REQUIRED -> context.out().tagged(tag, Status.NO, "EXPIRED",
                    "Password change required: set a new password before using mail clients");
        }
    }

    private void authenticate(String tag, ImapCommand.Authenticate command) {
        if (!command.mechanism().equalsIgnoreCase("PLAIN")) {
            context.out().tagged(tag, Status.NO, "CANNOT", "Unsupported authentication mechanism");
            return;
        }
        if (!context.plainLoginAllowed()) {
            context.out().tagged(tag, Status.NO, "PRIVACYREQUIRED", "Use STARTTLS before authenticating");
            return;
        }
        if (command.initialResponse() != null) {
            // SASL-IR (RFC 4959, RFC 9051 section 6.2.2): "=" is an empty initial response.
            authenticatePlain(tag, command.initialResponse().equals("=") ? "" : command.initialResponse());
            return;
        }
        waitingTag = tag;
        context.out().continuation("");
        decoder.expectLine();
    }

    /** RFC 4616: authzid NUL authcid NUL password, base64; {@code *} cancels (RFC 9051 section 6.2.2). */
    private void authenticatePlain(String tag, String response) {
        if (response.equals("*")) {
            bad(tag, "Authentication cancelled");
            return;
        }
        String[] parts;
        try {
            parts = new String(Base64.getDecoder().decode(response.trim()), StandardCharsets.UTF_8).split("\0", -1);
        } catch (IllegalArgumentException e) {
            bad(tag, "Invalid base64 in the authentication response");
            return;
        }
        if (parts.length != 3 || (!parts[0].isEmpty() && !parts[0].equals(parts[1]))) {
            context.out().tagged(tag, Status.NO, "AUTHENTICATIONFAILED", "Invalid credentials");
            return;
        }
        login(tag, parts[1], parts[2]);
    }

    private void idle(String tag) throws StoreException {
        context.out().continuation("idling");
        selectionCommands.announceChanges(true);
        waitingTag = tag;
        idling = true;
        decoder.expectLine();
    }

    private void id(String tag) {
        context.out().untagged().atom("ID").openList().string("name").string("Flute Mail").closeList().end();
        context.out().tagged(tag, Status.OK, null, "ID completed");
    }

    private void bad(String tag, String text) {
        countBad();
        context.out().tagged(tag, Status.BAD, null, text);
        closeIfTooManyBad();
    }

    private void countBad() {
        badInARow++;
    }

    private void closeIfTooManyBad() {
        if (badInARow >= context.config().maxBadCommands()) {
            context.out().untaggedStatus(Status.BYE, null, "Too many invalid commands");
            context.endSession();
            decoder.stop();
        }
    }
}
