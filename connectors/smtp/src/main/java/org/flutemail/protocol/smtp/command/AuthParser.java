package org.flutemail.protocol.smtp.command;

import java.util.Locale;
import java.util.regex.Pattern;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * {@code AUTH mechanism [initial-response]} (RFC 4954 section 4). Only the shape is checked here:
 * whether the mechanism is offered, and whether the response is valid base64, are the session's
 * questions, because their replies differ (504, 501 5.5.2).
 */
final class AuthParser implements ArgumentParser {

    /** RFC 4422 section 3.1: 1 to 20 characters of upper-case letters, digits, hyphen, underscore. */
    private static final Pattern MECHANISM = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern RESPONSE = Pattern.compile("=|[A-Za-z0-9+/]+={0,2}");

    @Override
    public Command parse(String argument) throws SyntaxException {
        String[] words = argument.strip().split(" ", -1);
        if (words.length > 2 || !MECHANISM.matcher(words[0]).matches()
                || words.length == 2 && !RESPONSE.matcher(words[1]).matches()) {
            throw new SyntaxException(Reply.of(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]"));
        }
        return new Command.Auth(words[0].toUpperCase(Locale.ROOT), words.length == 2 ? words[1] : null);
    }
}
