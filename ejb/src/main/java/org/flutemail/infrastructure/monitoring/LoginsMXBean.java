package org.flutemail.infrastructure.monitoring;

/** {@code org.flutemail:type=Logins,protocol=IMAP} and so on: password logins since the server started. */
public interface LoginsMXBean {

    long getSucceededTotal();

    long getFailedTotal();
}
