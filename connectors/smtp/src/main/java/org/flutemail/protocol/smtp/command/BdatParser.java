package org.flutemail.protocol.smtp.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * {@code BDAT chunk-size [LAST]} (RFC 3030 section 2). The size is bounded to 18 digits so it fits a
 * long; a bigger chunk would be refused for its size anyway.
 */
final class BdatParser implements ArgumentParser {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})(?: +(?i:(LAST)))? *");

    @Override
    public Command parse(String argument) throws SyntaxException {
        Matcher matcher = SHAPE.matcher(argument);
        if (!matcher.matches()) {
            throw new SyntaxException(Reply.of(501, "5.5.4", "Syntax: BDAT chunk-size [LAST]"));
        }
        return new Command.Bdat(Long.parseLong(matcher.group(1)), matcher.group(2) != null);
    }
}
