package org.flutemail.protocol.smtp.codec;

import java.nio.charset.StandardCharsets;

/**
 * A resumable, push-based framer for the SMTP byte stream: feed it chunks of any size, split anywhere,
 * and it reports complete command lines and, once told that DATA was accepted, unstuffed content up
 * to the terminating {@code CRLF.CRLF}.
 *
 * <p>Memory is bounded by construction: a command line is kept only up to the configured limit (the
 * rest is dropped and reported when its line ends), and content is passed on through a fixed buffer
 * as it arrives, never collected here.
 *
 * <p>Command lines end at LF, with a preceding CR stripped: accepting a bare LF after a command is
 * harmless leniency. Content is different: only {@code CRLF.CRLF} ends it. A bare CR or LF never
 * starts a line, so none of the smuggling forms ({@code LF.LF}, {@code LF.CRLF}, {@code CR.CRLF},
 * {@code CRLF.LF}, {@code CRLF.CR}) can end a message; such bytes are passed through unchanged and
 * flagged in {@link ContentFlaws} for the session to judge.
 *
 * <p>Not thread-safe: one decoder per connection, fed by one thread at a time.
 */
public final class SmtpDecoder {

    /** RFC 5321 section 4.5.3.1.6: a text line is at most 1000 octets including CRLF. */
    static final int MAX_TEXT_LINE = 1000;

    private enum Mode { COMMAND, DISCARDING_COMMAND, DATA, CHUNK, STOPPED }

    /** Where the DATA reader stands with respect to line starts and the terminator. */
    private enum DataState { LINE_START, DOT_AT_START, DOT_CR, MID_LINE, CR_SEEN }

    private static final int CONTENT_BUFFER_SIZE = 8192;

    private final DecoderHandler handler;
    private final byte[] line;
    private final byte[] content = new byte[CONTENT_BUFFER_SIZE];
    private int lineLength;
    private int contentLength;
    private Mode mode = Mode.COMMAND;
    private DataState dataState;
    private int textLineLength;
    private boolean bareLineEnd;
    private boolean overlongLine;
    private long chunkRemaining;

    /**
     * @param maxCommandLineLength the longest command line accepted, in octets including CRLF
     *                             (RFC 5321 section 4.5.3.1.4 says 512)
     */
    public SmtpDecoder(int maxCommandLineLength, DecoderHandler handler) {
        if (maxCommandLineLength < 3) {
            throw new IllegalArgumentException("maxCommandLineLength must leave room for CRLF");
        }
        this.line = new byte[maxCommandLineLength - 1];
        this.handler = handler;
    }

    /**
     * Switches to reading message content. Called by the handler, from within {@link #commandLine}
     * handling, once DATA has been answered with 354; the rest of the current chunk is read as content.
     */
    public void enterDataMode() {
        mode = Mode.DATA;
        dataState = DataState.LINE_START;
        textLineLength = 0;
        bareLineEnd = false;
        overlongLine = false;
    }

    /**
     * Switches to reading exactly {@code size} octets of BDAT content (RFC 3030), passed on raw: no
     * dot-unstuffing and no terminator, since the length frames it. Called from within
     * {@link DecoderHandler#commandLine} like {@link #enterDataMode}; a zero size ends at once.
     */
    public void enterChunkMode(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative chunk size");
        }
        if (size == 0) {
            handler.endOfChunk();
            return;
        }
        mode = Mode.CHUNK;
        chunkRemaining = size;
    }

    /**
     * Ignores all further input, e.g. after QUIT or a 421 reply, and after STARTTLS: bytes a client
     * pipelined behind STARTTLS arrived in plaintext and must never be read as if they came over TLS
     * (the STARTTLS command-injection flaw), so whatever is left of the current chunk is dropped.
     */
    public void stop() {
        mode = Mode.STOPPED;
        lineLength = 0;
    }

    /** Starts afresh in command mode with nothing buffered: the stream restarts after a TLS handshake. */
    public void reset() {
        mode = Mode.COMMAND;
        lineLength = 0;
        contentLength = 0;
        chunkRemaining = 0;
    }

    public boolean isReadingContent() {
        return mode == Mode.DATA;
    }

    public void feed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && mode != Mode.STOPPED) {
            if (mode == Mode.CHUNK) {
                i += chunkBytes(bytes, i, end - i);
                continue;
            }
            if (mode == Mode.DATA && dataState == DataState.MID_LINE) {
                int plain = plainRun(bytes, i, end);
                if (plain > 0) {
                    i += plain;
                    continue;
                }
            }
            byte b = bytes[i++];
            switch (mode) {
                case COMMAND -> commandByte(b);
                case DISCARDING_COMMAND -> discardByte(b);
                case DATA -> dataByte(b);
                default -> throw new IllegalStateException(mode.name());
            }
        }
        flushContent();
    }

    /** Passes on as much of the current chunk as this input holds; returns the octets taken. */
    private int chunkBytes(byte[] bytes, int offset, int available) {
        int taken = (int) Math.min(chunkRemaining, available);
        handler.content(bytes, offset, taken);
        chunkRemaining -= taken;
        if (chunkRemaining == 0) {
            mode = Mode.COMMAND;
            handler.endOfChunk();
        }
        return taken;
    }

    /**
     * Inside a content line only CR and LF can change the state, so the octets before the next of
     * them are passed on in one copy rather than one state step each; returns how many that was.
     */
    private int plainRun(byte[] bytes, int offset, int end) {
        int stop = offset;
        while (stop < end && bytes[stop] != '\r' && bytes[stop] != '\n') {
            stop++;
        }
        int length = stop - offset;
        countText(length);
        int copied = 0;
        while (copied < length) {
            if (contentLength == content.length) {
                flushContent();
            }
            int n = Math.min(length - copied, content.length - contentLength);
            System.arraycopy(bytes, offset + copied, content, contentLength, n);
            contentLength += n;
            copied += n;
        }
        return length;
    }

    private void commandByte(byte b) {
        if (b == '\n') {
            int length = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            lineLength = 0;
            handler.commandLine(new String(line, 0, length, StandardCharsets.UTF_8));
        } else if (lineLength == line.length) {
            lineLength = 0;
            mode = Mode.DISCARDING_COMMAND;
        } else {
            line[lineLength++] = b;
        }
    }

    private void discardByte(byte b) {
        if (b == '\n') {
            mode = Mode.COMMAND;
            handler.commandLineTooLong();
        }
    }

    private void dataByte(byte b) {
        switch (dataState) {
            case LINE_START -> {
                if (b == '.') {
                    dataState = DataState.DOT_AT_START;
                } else {
                    midLine(b);
                }
            }
            case DOT_AT_START -> {
                // RFC 5321 4.5.2: a leading dot on a line with more characters is removed.
                if (b == '\r') {
                    dataState = DataState.DOT_CR;
                } else {
                    textLineLength++;
                    midLine(b);
                }
            }
            case DOT_CR -> {
                if (b == '\n') {
                    endOfData();
                } else {
                    textLineLength++;
                    dataState = DataState.CR_SEEN;
                    dataByte(b);
                }
            }
            case MID_LINE -> midLine(b);
            case CR_SEEN -> {
                if (b == '\n') {
                    emit((byte) '\r');
                    emit((byte) '\n');
                    textLineLength = 0;
                    dataState = DataState.LINE_START;
                } else {
                    bareLineEnd = true;
                    emit((byte) '\r');
                    midLine(b);
                }
            }
            default -> throw new IllegalStateException(dataState.name());
        }
    }

    private void midLine(byte b) {
        if (b == '\r') {
            dataState = DataState.CR_SEEN;
            return;
        }
        if (b == '\n') {
            bareLineEnd = true;
        }
        emit(b);
        dataState = DataState.MID_LINE;
    }

    private void emit(byte b) {
        if (b != '\r' && b != '\n') {
            countText(1);
        }
        if (contentLength == content.length) {
            flushContent();
        }
        content[contentLength++] = b;
    }

    /** Counts octets of the current line's text against RFC 5321's limit (the CRLF not counted). */
    private void countText(int octets) {
        textLineLength += octets;
        if (textLineLength > MAX_TEXT_LINE - 2) {
            overlongLine = true;
        }
    }

    private void flushContent() {
        if (contentLength > 0) {
            handler.content(content, 0, contentLength);
            contentLength = 0;
        }
    }

    private void endOfData() {
        flushContent();
        mode = Mode.COMMAND;
        handler.endOfData(new ContentFlaws(bareLineEnd, overlongLine));
    }
}
