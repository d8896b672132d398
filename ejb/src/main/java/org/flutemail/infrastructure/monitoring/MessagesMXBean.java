package org.flutemail.infrastructure.monitoring;

/** {@code org.flutemail:type=Messages}: counters since the server started. */
public interface MessagesMXBean {

    long getAcceptedTotal();

    long getRejectedTotal();

    long getDeliveredTotal();
}
