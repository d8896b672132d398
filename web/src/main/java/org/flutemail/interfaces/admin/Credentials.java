package org.flutemail.interfaces.admin;

import java.io.Serializable;

/** A login and a password as a form posts them; the password is dropped as soon as it was used. */
public class Credentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private String login;
    private String password;

    /** The login without surrounding blanks, never null. */
    String trimmedLogin() {
        return login == null ? "" : login.strip();
    }

    /** The password as typed, null when empty; and forgets it. */
    String takePassword() {
        String typed = password == null || password.isEmpty() ? null : password;
        password = null;
        return typed;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
