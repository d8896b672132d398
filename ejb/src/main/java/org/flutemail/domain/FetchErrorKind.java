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
    /** The owner's class of service no longer grants {@link Access#FETCH}: nothing is fetched. */
    NOT_ALLOWED("the account's class of service does not allow the fetch agent"),
    LOCAL("local failure");

    private final String description;

    FetchErrorKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
