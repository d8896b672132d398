package org.flutemail.protocol.smtp.command;

/** Turns the text after one verb into a {@link Command}; one implementation per command shape. */
@FunctionalInterface
interface ArgumentParser {

    /** @param argument the text after the verb and its separating space; empty when there was none */
    Command parse(String argument) throws SyntaxException;
}
