package org.flutemail.protocol.imap.codec;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.flutemail.protocol.imap.codec.DecodeError.Kind;

/**
 * A resumable, push-based framer for the IMAP client stream: feed chunks of any size, split anywhere,
 * and it reports each complete command (tag, name, arguments with literals read) or the reason it
 * refused one. It is a byte-level state machine, so no split of the input changes the result.
 *
 * <p>Literals: a synchronising literal {@code {n}} within the limits is announced to the handler,
 * which sends {@code + Ready}, and then exactly n octets are read. One over a limit is refused at
 * once and its octets are not read, since without a continuation the client never sends them. A
 * non-synchronising literal {@code {n+}} is sent regardless, so a refused one has exactly n octets
 * discarded before the next line is looked at: skipping them by line would let literal content be
 * read as commands. Literal8 {@code ~{n}} (RFC 3516) is read like a literal and marked binary.
 *
 * <p>Refusal and resynchronisation: after the first error in a command, the rest of it is skipped
 * without storing anything (still honouring literals announced at line ends) and the error is
 * reported when the command ends, so the session answers once and the next command is read cleanly.
 *
 * <p>Leniencies, each harmless: a bare LF ends a line; repeated spaces between arguments are
 * accepted; an empty line is ignored. Strictness: a CR not followed by LF, a NUL or an 8-bit octet
 * outside quoted strings and literals is a syntax error, so that no line-end confusion survives into
 * a command. A {@code [} in an atom opens a section (as in {@code BODY[HEADER.FIELDS (From)]}) that
 * may hold spaces and parentheses up to its {@code ]}; a mailbox name with an unbalanced {@code [}
 * must therefore be quoted.
 *
 * <p>Not thread-safe: one decoder per connection, fed by one thread at a time. The handler may call
 * {@link #expectLine()}, {@link #stop()} and {@link #setAuthenticated} from within its callbacks;
 * they take effect for the rest of the chunk being fed.
 */
public final class ImapDecoder {

    private enum State {
        TAG, NAME, ARGS, AFTER_TOKEN, ATOM, ATOM_BRACKET, QUOTED, QUOTED_ESCAPE, TILDE, LITERAL_HEADER,
        LITERAL_CLOSED, LITERAL_DATA, DISCARD_LITERAL, SKIP, RAW_LINE, RAW_SKIP, STOPPED
    }

    /** Command names are short atoms; the longest in use is fourteen characters. */
    private static final int MAX_NAME_LENGTH = 32;

    private final DecoderLimits limits;
    private final DecoderHandler handler;
    private final TokenBuffer token = new TokenBuffer();
    private final ArgumentTree tree = new ArgumentTree();
    private final LiteralHeader header = new LiteralHeader();

    private State state = State.TAG;
    private boolean crSeen;
    private boolean authenticated;
    private String tag;
    private String name;
    private DecodeError pending;
    private int lineLength;
    private long commandLength;
    private long literalRemaining;
    private boolean literalBinary;

    public ImapDecoder(DecoderLimits limits, DecoderHandler handler) {
        this.limits = limits;
        this.handler = handler;
    }

    /** Switches to the after-authentication literal and command limits (or back, e.g. after UNAUTHENTICATE). */
    public void setAuthenticated(boolean authenticated) {
        this.authenticated = authenticated;
    }

    /** Reads the next line raw and reports it to {@link DecoderHandler#line}: SASL responses, IDLE's DONE. */
    public void expectLine() {
        state = State.RAW_LINE;
        token.clear();
        lineLength = 0;
    }

    /**
     * Ignores all further input: after LOGOUT, after a BYE, and after STARTTLS or COMPRESS, where bytes
     * pipelined behind the command arrived before the change and must not be read as if they came after.
     */
    public void stop() {
        state = State.STOPPED;
    }

    /** Starts afresh with nothing buffered, for the stream that follows a TLS or compression start. */
    public void reset() {
        resetCommand();
    }

    public void feed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && state != State.STOPPED) {
            if (state == State.LITERAL_DATA || state == State.DISCARD_LITERAL) {
                i += literalBytes(bytes, i, end - i);
            } else {
                lineByte(bytes[i++]);
            }
        }
    }

    private int literalBytes(byte[] bytes, int offset, int available) {
        int taken = (int) Math.min(literalRemaining, available);
        if (state == State.LITERAL_DATA) {
            token.append(bytes, offset, taken);
        }
        literalRemaining -= taken;
        if (literalRemaining == 0) {
            endLiteral();
        }
        return taken;
    }

    private void endLiteral() {
        lineLength = 0;
        if (state == State.DISCARD_LITERAL) {
            state = State.SKIP;
            return;
        }
        try {
            tree.add(new Argument.Literal(token.copy(), literalBinary), limits);
            token.clear();
            state = State.AFTER_TOKEN;
        } catch (DecodeFailure failure) {
            fail(failure);
        }
    }

    private void lineByte(byte b) {
        if (crSeen) {
            crSeen = false;
            if (b == '\n') {
                endOfLine();
                return;
            }
            failAndSkip(DecodeFailure.syntax("CR not followed by LF"), b);
            return;
        }
        if (b == '\n') {
            endOfLine();
            return;
        }
        if (b == '\r') {
            crSeen = true;
            return;
        }
        try {
            checkLineLimits();
        } catch (DecodeFailure failure) {
            fail(failure);
            skipByte(b); // the header is kept: the line may end in a literal announcement being read
            return;
        }
        State before = state;
        try {
            dispatch(b);
        } catch (DecodeFailure failure) {
            if (before == State.LITERAL_HEADER) {
                fail(failure); // the header has seen this byte already
            } else {
                failAndSkip(failure, b);
            }
        }
    }

    private void checkLineLimits() throws DecodeFailure {
        if (state == State.SKIP || state == State.RAW_SKIP) {
            return;
        }
        if (++lineLength > limits.maxLineLength()) {
            if (state == State.RAW_LINE) {
                state = State.RAW_SKIP;
                return;
            }
            throw new DecodeFailure(Kind.LINE_TOO_LONG, "Line too long");
        }
        if (state != State.RAW_LINE && ++commandLength > commandLimit()) {
            throw new DecodeFailure(Kind.COMMAND_TOO_LONG, "Command too long");
        }
    }

    private void dispatch(byte b) throws DecodeFailure {
        switch (state) {
            case TAG -> tagByte(b);
            case NAME -> nameByte(b);
            case ARGS -> argsByte(b);
            case AFTER_TOKEN -> afterTokenByte(b);
            case ATOM -> atomByte(b);
            case ATOM_BRACKET -> bracketByte(b);
            case QUOTED -> quotedByte(b);
            case QUOTED_ESCAPE -> escapeByte(b);
            case TILDE -> tildeByte(b);
            case LITERAL_HEADER -> literalHeaderByte(b);
            case LITERAL_CLOSED -> throw DecodeFailure.syntax("Literal must end the line");
            case SKIP -> skipByte(b);
            case RAW_LINE -> token.append(b);
            case RAW_SKIP -> { }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void tagByte(byte b) throws DecodeFailure {
        if (b == ' ') {
            if (token.length() == 0) {
                throw DecodeFailure.syntax("Missing tag");
            }
            tag = token.ascii();
            token.clear();
            state = State.NAME;
        } else if (!Chars.isTagChar(b)) {
            throw DecodeFailure.syntax("Invalid character in tag");
        } else if (token.length() >= limits.maxTagLength()) {
            throw new DecodeFailure(Kind.TAG_TOO_LONG, "Tag too long");
        } else {
            token.append(b);
        }
    }

    private void nameByte(byte b) throws DecodeFailure {
        if (b == ' ') {
            finishName();
            state = State.ARGS;
        } else if (!Chars.isAtomChar(b) || b == '[' || b == ']') {
            throw DecodeFailure.syntax("Invalid character in command name");
        } else if (token.length() >= MAX_NAME_LENGTH) {
            throw DecodeFailure.syntax("Command name too long");
        } else {
            token.append(b);
        }
    }

    private void finishName() throws DecodeFailure {
        if (token.length() == 0) {
            throw DecodeFailure.syntax("Missing command name");
        }
        name = token.ascii().toUpperCase(Locale.ROOT);
        token.clear();
    }

    private void argsByte(byte b) throws DecodeFailure {
        switch (b) {
            case ' ' -> { }
            case '(' -> tree.openList(limits);
            case ')' -> {
                tree.closeList();
                state = State.AFTER_TOKEN;
            }
            case '"' -> {
                token.clear();
                state = State.QUOTED;
            }
            case '{' -> {
                header.start(false);
                state = State.LITERAL_HEADER;
            }
            case '~' -> {
                token.clear();
                token.append(b);
                state = State.TILDE;
            }
            default -> {
                token.clear();
                state = State.ATOM;
                atomByte(b);
            }
        }
    }

    private void afterTokenByte(byte b) throws DecodeFailure {
        if (b == ' ') {
            state = State.ARGS;
        } else if (b == ')') {
            tree.closeList();
        } else {
            throw DecodeFailure.syntax("Missing space between arguments");
        }
    }

    private void atomByte(byte b) throws DecodeFailure {
        if (b == ' ') {
            finishAtom();
            state = State.ARGS;
        } else if (b == ')') {
            finishAtom();
            tree.closeList();
            state = State.AFTER_TOKEN;
        } else if (Chars.isAtomChar(b)) {
            appendAtom(b);
            if (b == '[') {
                state = State.ATOM_BRACKET;
            }
        } else {
            throw DecodeFailure.syntax(Chars.describeInvalid(b));
        }
    }

    private void bracketByte(byte b) throws DecodeFailure {
        if (b < 0x20 || b >= 0x7f) {
            throw DecodeFailure.syntax(Chars.describeInvalid(b));
        }
        appendAtom(b);
        if (b == ']') {
            state = State.ATOM;
        }
    }

    private void appendAtom(byte b) throws DecodeFailure {
        if (token.length() >= limits.maxAtomLength()) {
            throw new DecodeFailure(Kind.ATOM_TOO_LONG, "Atom too long");
        }
        token.append(b);
    }

    private void finishAtom() throws DecodeFailure {
        tree.add(new Argument.Atom(token.ascii()), limits);
        token.clear();
    }

    private void tildeByte(byte b) throws DecodeFailure {
        if (b == '{') {
            token.clear();
            header.start(true);
            state = State.LITERAL_HEADER;
        } else {
            state = State.ATOM;
            atomByte(b);
        }
    }

    private void quotedByte(byte b) throws DecodeFailure {
        if (b == '"') {
            String value;
            try {
                value = token.utf8();
            } catch (CharacterCodingException e) {
                throw DecodeFailure.syntax("Invalid UTF-8 in quoted string");
            }
            tree.add(new Argument.Quoted(value), limits);
            token.clear();
            state = State.AFTER_TOKEN;
        } else if (b == '\\') {
            state = State.QUOTED_ESCAPE;
        } else if (b == 0) {
            throw DecodeFailure.syntax("NUL in quoted string");
        } else {
            appendQuoted(b);
        }
    }

    private void escapeByte(byte b) throws DecodeFailure {
        if (b != '"' && b != '\\') {
            throw DecodeFailure.syntax("Invalid escape in quoted string");
        }
        appendQuoted(b);
        state = State.QUOTED;
    }

    private void appendQuoted(byte b) throws DecodeFailure {
        if (token.length() >= limits.maxQuotedLength()) {
            throw new DecodeFailure(Kind.QUOTED_TOO_LONG, "Quoted string too long");
        }
        token.append(b);
    }

    private void literalHeaderByte(byte b) throws DecodeFailure {
        switch (header.accept(b)) {
            case INVALID -> throw DecodeFailure.syntax("Invalid literal");
            case COMPLETE -> state = State.LITERAL_CLOSED;
            default -> { }
        }
    }

    /** While skipping, watches for a literal announcement so that its octets can be skipped too. */
    private void skipByte(byte b) {
        if (b == '{') {
            header.start(false);
        } else {
            header.accept(b);
        }
    }

    private void endOfLine() {
        lineLength = 0;
        try {
            switch (state) {
                case TAG -> {
                    if (token.length() > 0) {
                        tag = token.ascii();
                        throw DecodeFailure.syntax("Missing command name");
                    }
                    // an empty line is ignored
                }
                case NAME -> {
                    finishName();
                    completeRequest();
                }
                case ATOM, TILDE -> {
                    finishAtom();
                    completeRequest();
                }
                case ARGS, AFTER_TOKEN -> completeRequest();
                case ATOM_BRACKET -> {
                    // "[" is an atom character (RFC 9051 ATOM-CHAR): without "]" and without a space it
                    // was just that, as in a mailbox name; a section with spaces needs its "]".
                    if (token.ascii().indexOf(' ') >= 0) {
                        throw DecodeFailure.syntax("Missing ]");
                    }
                    finishAtom();
                    completeRequest();
                }
                case QUOTED, QUOTED_ESCAPE -> throw DecodeFailure.syntax("Unterminated quoted string");
                case LITERAL_HEADER -> throw DecodeFailure.syntax("Invalid literal");
                case LITERAL_CLOSED -> beginLiteral();
                case SKIP -> endSkippedLine();
                case RAW_LINE -> {
                    String line = new String(token.copy(), StandardCharsets.UTF_8);
                    resetCommand();
                    handler.line(line);
                }
                case RAW_SKIP -> {
                    resetCommand();
                    handler.error(new DecodeError(null, Kind.LINE_TOO_LONG, "Line too long"));
                }
                default -> throw new IllegalStateException(state.name());
            }
        } catch (DecodeFailure failure) {
            fail(failure);
            header.clear();
            endSkippedLine();
        }
    }

    private void completeRequest() throws DecodeFailure {
        List<Argument> arguments = tree.finish();
        ImapRequest request = new ImapRequest(tag, name, arguments);
        resetCommand();
        handler.request(request);
    }

    private void beginLiteral() {
        long size = header.size();
        boolean nonSync = header.nonSync();
        literalBinary = header.binary();
        header.clear();
        DecodeFailure refusal = literalRefusal(size, nonSync);
        if (refusal != null) {
            fail(refusal);
            if (nonSync) {
                discardLiteral(size);
            } else {
                emitPending(); // no continuation was sent, so the client sends no octets
            }
            return;
        }
        commandLength += size;
        token.clear();
        literalRemaining = size;
        state = State.LITERAL_DATA;
        if (!nonSync) {
            handler.continuationRequested();
        }
        if (size == 0 && state == State.LITERAL_DATA) {
            endLiteral();
        }
    }

    private DecodeFailure literalRefusal(long size, boolean nonSync) {
        if (nonSync && !limits.literalPlus() && size > DecoderLimits.LITERAL_MINUS_LIMIT) {
            return new DecodeFailure(Kind.NON_SYNC_LITERAL_TOO_BIG,
                    "Non-synchronizing literals are limited to " + DecoderLimits.LITERAL_MINUS_LIMIT + " octets");
        }
        if (size > (authenticated ? limits.maxLiteralAfterAuth() : limits.maxLiteralBeforeAuth())) {
            return new DecodeFailure(Kind.LITERAL_TOO_BIG, "Literal too big");
        }
        if (commandLength + size > commandLimit()) {
            return new DecodeFailure(Kind.COMMAND_TOO_LONG, "Command too long");
        }
        return null;
    }

    private void endSkippedLine() {
        if (header.isComplete() && header.nonSync()) {
            long size = header.size();
            header.clear();
            discardLiteral(size);
            return;
        }
        header.clear();
        emitPending();
    }

    private void discardLiteral(long size) {
        if (size > DecoderLimits.ABSOLUTE_MAX_LITERAL) {
            // Skipping gigabytes on a client's word is a denial of service; give up on this connection.
            DecodeError error = new DecodeError(pending.tag(), Kind.UNRECOVERABLE, "Literal too big to skip");
            state = State.STOPPED;
            handler.error(error);
            return;
        }
        lineLength = 0;
        literalRemaining = size;
        state = size == 0 ? State.SKIP : State.DISCARD_LITERAL;
    }

    private void failAndSkip(DecodeFailure failure, byte b) {
        fail(failure);
        header.clear();
        skipByte(b);
    }

    /** Records the first error of the command and skips the rest of it; later errors add nothing. */
    private void fail(DecodeFailure failure) {
        if (pending == null) {
            pending = new DecodeError(tag, failure.kind(), failure.getMessage());
        }
        token.clear();
        state = State.SKIP;
    }

    private void emitPending() {
        DecodeError error = pending;
        resetCommand();
        handler.error(error);
    }

    private void resetCommand() {
        state = State.TAG;
        crSeen = false;
        tag = null;
        name = null;
        pending = null;
        tree.clear();
        token.clear();
        header.clear();
        lineLength = 0;
        commandLength = 0;
        literalRemaining = 0;
    }

    private long commandLimit() {
        return authenticated ? limits.maxCommandAfterAuth() : limits.maxCommandBeforeAuth();
    }
}
