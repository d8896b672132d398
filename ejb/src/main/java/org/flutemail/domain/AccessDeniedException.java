package org.flutemail.domain;

/**
 * The caller is known but their tier does not reach what they asked for: another domain, a system
 * setting, someone else's account. Reported as 403, with a message that names no foreign data.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
