package org.flutemail.application;

/**
 * Records an administrative change in the caller's transaction, so the record exists exactly when the
 * change does. Who and from where come from {@link CurrentCaller}.
 */
public interface AuditLog {

    /**
     * @param action     what was done, as {@code <target type>.<verb>}, e.g. {@code account.suspend}
     * @param target     the name of what was changed (a domain, an address, a login, a queue id)
     * @param domain     the domain the target belongs to, or null for server-wide targets
     * @param detail     a before/after summary (see {@code Changes}), never a password
     */
    void record(String action, String target, String domain, String detail);
}
