package org.flutemail.it.imaptest;

/** How an expected untagged reply line is prefixed in a script: {@code *} must, {@code !} must not, {@code ?} may. */
enum Existence {
    MUST_EXIST, MUST_NOT_EXIST, MAY_EXIST;

    static Existence ofPrefix(String line) {
        if (line.startsWith("* ")) {
            return MUST_EXIST;
        }
        if (line.startsWith("! ")) {
            return MUST_NOT_EXIST;
        }
        if (line.startsWith("? ")) {
            return MAY_EXIST;
        }
        return null;
    }
}
