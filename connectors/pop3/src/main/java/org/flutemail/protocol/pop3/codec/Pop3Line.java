package org.flutemail.protocol.pop3.codec;

/**
 * One line from the client, without its line end.
 *
 * @param text    the line as UTF-8 text; empty when {@code tooLong}
 * @param tooLong the line exceeded the limit; its bytes were skipped up to the line end
 */
public record Pop3Line(String text, boolean tooLong) {

    static Pop3Line overlong() {
        return new Pop3Line("", true);
    }
}
