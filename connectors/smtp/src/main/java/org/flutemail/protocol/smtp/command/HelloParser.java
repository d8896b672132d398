package org.flutemail.protocol.smtp.command;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * {@code EHLO}/{@code HELO domain}. The argument is only required to be one printable token: real
 * clients send unqualified or odd names, and refusing them gains nothing (RFC 5321 section 4.1.4 says
 * a server must not refuse a message because the name does not verify).
 */
final class HelloParser implements ArgumentParser {

    private final boolean extended;

    HelloParser(boolean extended) {
        this.extended = extended;
    }

    @Override
    public Command parse(String argument) throws SyntaxException {
        String name = argument.strip();
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new SyntaxException(Reply.of(501, "5.5.4",
                    "Syntax: " + (extended ? "EHLO" : "HELO") + " hostname"));
        }
        return new Command.Hello(extended, name);
    }
}
