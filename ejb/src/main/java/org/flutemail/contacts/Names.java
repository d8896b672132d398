package org.flutemail.contacts;

/** How a person's name is put together from its parts. */
final class Names {

    private Names() {
    }

    /** True for a non-empty text in Chinese characters only: such a name is family name then given name, no space. */
    static boolean isHan(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** "Family Given" from vCard's N (family;given;additional;prefix;suffix). */
    static String fromParts(String family, String given, String additional) {
        if (isHan(family + given)) {
            return family + given;
        }
        return String.join(" ", java.util.stream.Stream.of(given, additional, family).filter(s -> !s.isBlank()).toList());
    }
}
