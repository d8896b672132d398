package org.flutemail.protocol.smtp.codec;

/** Receives what {@link SmtpDecoder} finds in the byte stream, in order. */
public interface DecoderHandler {

    /** A complete command line without its line end. */
    void commandLine(String line);

    /** A command line longer than the limit ended; its bytes were dropped as they came. */
    void commandLineTooLong();

    /** Message content, dot-unstuffed after DATA, raw after BDAT; the array is reused after the call returns. */
    void content(byte[] buffer, int offset, int length);

    /** The terminating {@code CRLF.CRLF} was read; {@code flaws} says what the content broke. */
    void endOfData(ContentFlaws flaws);

    /** The last octet of a BDAT chunk was passed to {@link #content}. */
    void endOfChunk();
}
