package org.flutemail.protocol.imap.codec;

/** Receives what {@link ImapDecoder} finds in the byte stream, in order, on the thread that feeds it. */
public interface DecoderHandler {

    /** A complete command, literals read. */
    void request(ImapRequest request);

    /** A refused command; the decoder is already past it. */
    void error(DecodeError error);

    /**
     * A synchronising literal was announced and accepted: send a continuation request ({@code + Ready})
     * now, since the client sends the octets only after it.
     */
    void continuationRequested();

    /** A raw line asked for with {@link ImapDecoder#expectLine()} (an AUTHENTICATE response, IDLE's DONE). */
    void line(String line);
}
