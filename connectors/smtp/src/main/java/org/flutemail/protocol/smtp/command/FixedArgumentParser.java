package org.flutemail.protocol.smtp.command;

import java.util.Locale;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * Commands whose argument the receiver does not interpret: DATA, RSET and QUIT take none; NOOP and
 * HELP take anything; VRFY and EXPN need one.
 */
final class FixedArgumentParser implements ArgumentParser {

    enum Arity { NONE, OPTIONAL, REQUIRED }

    private final Command.Verb verb;
    private final Arity arity;

    FixedArgumentParser(Command.Verb verb, Arity arity) {
        this.verb = verb;
        this.arity = arity;
    }

    @Override
    public Command parse(String argument) throws SyntaxException {
        String text = argument.strip();
        boolean wrong = arity == Arity.NONE && !text.isEmpty() || arity == Arity.REQUIRED && text.isEmpty();
        if (wrong) {
            String name = verb.name().toUpperCase(Locale.ROOT);
            throw new SyntaxException(Reply.of(501, "5.5.4",
                    "Syntax: " + name + (arity == Arity.REQUIRED ? " argument" : "")));
        }
        return arity == Arity.NONE ? new Command.Bare(verb) : new Command.Query(verb, text);
    }
}
