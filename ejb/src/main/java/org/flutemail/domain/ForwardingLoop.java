package org.flutemail.domain;

import java.util.List;

/**
 * Whether forwarding a message would send it round in a loop. Every copy Flute forwards carries a
 * {@code Delivered-To} field naming the account that forwarded it (as Postfix and qmail write). A
 * message that already names this account has been here before; one with many such fields has gone
 * round some longer circle of forwardings (here and elsewhere), and goes no further.
 */
public final class ForwardingLoop {

    public static final String HEADER = "Delivered-To";
    static final int MAX_HOPS = 10;

    private ForwardingLoop() {
    }

    public static boolean detected(IncomingMail mail) {
        List<String> hops = mail.header(HEADER);
        return hops.size() >= MAX_HOPS || hops.stream().anyMatch(h -> h.strip().equalsIgnoreCase(mail.recipient()));
    }
}
