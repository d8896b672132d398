package org.flutemail.disclaimer;

/** Why a message keeps its content as it is: the reason is logged, the mail goes on unstamped. */
final class Unstampable extends Exception {

    private static final long serialVersionUID = 1L;

    Unstampable(String reason) {
        super(reason, null, false, false);
    }
}
