package org.flutemail.protocol.imap.command;

/**
 * {@code AUTHENTICATE mechanism [initial-response]} (RFC 9051, SASL-IR RFC 4959). The initial response
 * is checked to be base64 here so the session can decode it without surprises; {@code =} is the empty one.
 */
final class AuthenticateParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String mechanism = arguments.keyword("SASL mechanism");
        String initial = null;
        if (arguments.hasMore()) {
            String response = arguments.atom("initial response");
            initial = response.equals("=") ? "" : checkBase64(response);
        }
        arguments.end();
        return new ImapCommand.Authenticate(mechanism, initial);
    }

    private static String checkBase64(String text) throws BadCommandException {
        boolean shape = text.length() % 4 == 0 && text.matches("[A-Za-z0-9+/]*={0,2}");
        if (!shape) {
            throw new BadCommandException("Invalid base64 in initial response");
        }
        return text;
    }
}
