package org.flutemail.domain;

/** Why a collection failed, in the words the API shows. */
public enum FetchErrorKind {
    AUTHENTICATION("wrong user name or password"),
    UNREACHABLE("host unreachable"),
    CERTIFICATE("certificate problem"),
    CONNECTION_LOST("connection lost"),
    PROTOCOL("protocol error"),
    /** The stored password cannot be decrypted: the server's fetch secret was lost or replaced. */
    PASSWORD_UNREADABLE("stored password unreadable"),
    LOCAL("local failure");

    private final String description;

    FetchErrorKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
