package org.flutemail.domain;

/**
 * The text a domain shows on its login page: plain text in any language, lines kept, at most
 * {@value #MAX_CHARACTERS} characters. Control characters other than line breaks and tabs are refused
 * rather than dropped, so the administrator sees what would not be shown. The webmail escapes it.
 */
public final class LoginText {

    public static final int MAX_CHARACTERS = 500;

    private LoginText() {
    }

    /** The text as stored: line breaks as {@code \n}, outer blanks gone; null when there is none. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.codePointCount(0, t.length()) > MAX_CHARACTERS) {
            throw new InvalidRequestException("the login text has more than " + MAX_CHARACTERS + " characters");
        }
        boolean control = t.codePoints().anyMatch(c -> c != '\n' && c != '\t'
                && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                && c != 0x200d));
        if (control) {
            throw new InvalidRequestException("the login text may not hold control characters");
        }
        return t;
    }
}
