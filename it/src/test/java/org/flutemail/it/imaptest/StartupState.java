package org.flutemail.it.imaptest;

/**
 * What the runner prepares before a script's first command; each state includes the ones before it
 * (header {@code state:}). {@code auth} also deletes every test mailbox left by earlier scripts.
 */
enum StartupState {
    NONAUTH, AUTH, CREATED, APPENDED, SELECTED;

    boolean includes(StartupState other) {
        return compareTo(other) >= 0;
    }
}
