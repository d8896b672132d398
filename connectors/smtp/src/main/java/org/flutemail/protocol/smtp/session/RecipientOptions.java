package org.flutemail.protocol.smtp.session;

import java.util.List;

import org.flutemail.connector.api.EnvelopeParameters.RecipientParameters;

/** The RCPT parameters of one recipient while its command is applied (RFC 3461 NOTIFY and ORCPT). */
public final class RecipientOptions {

    private List<String> notifyOn = List.of();
    private String original = "";

    void notifyOn(List<String> values) {
        notifyOn = List.copyOf(values);
    }

    void original(String value) {
        original = value;
    }

    RecipientParameters toParameters() {
        return new RecipientParameters(notifyOn, original);
    }
}
