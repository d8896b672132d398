package org.flutemail.connector.api;

import java.util.List;
import java.util.Objects;

/**
 * The ESMTP parameters of a mail transaction that later processing needs: the body type
 * (RFC 6152, RFC 3030), SMTPUTF8 (RFC 6531), and the DSN requests (RFC 3461).
 *
 * @param body          {@code 7BIT}, {@code 8BITMIME} or {@code BINARYMIME} (default 7BIT)
 * @param smtpUtf8      whether MAIL FROM carried SMTPUTF8
 * @param dsnReturn     {@code FULL}, {@code HDRS}, or empty when not given
 * @param dsnEnvelopeId the ENVID xtext, decoded, or empty
 * @param recipients    per accepted recipient, in the order of {@link InboundMessage#recipients()}
 */
public record EnvelopeParameters(String body, boolean smtpUtf8, String dsnReturn, String dsnEnvelopeId,
        List<RecipientParameters> recipients) {

    /**
     * @param notifyOn the NOTIFY values (NEVER, or any of SUCCESS, FAILURE, DELAY), empty when not given
     * @param original the ORCPT value ({@code rfc822;addr}), decoded, or empty
     */
    public record RecipientParameters(List<String> notifyOn, String original) {
        public RecipientParameters {
            notifyOn = List.copyOf(notifyOn);
            original = original == null ? "" : original;
        }

        public static RecipientParameters none() {
            return new RecipientParameters(List.of(), "");
        }
    }

    public EnvelopeParameters {
        body = body == null || body.isEmpty() ? "7BIT" : body;
        dsnReturn = dsnReturn == null ? "" : dsnReturn;
        dsnEnvelopeId = dsnEnvelopeId == null ? "" : dsnEnvelopeId;
        recipients = List.copyOf(recipients);
    }

    /** No parameters given: a plain RFC 5321 transaction with {@code count} recipients. */
    public static EnvelopeParameters none(int count) {
        return new EnvelopeParameters("7BIT", false, "", "",
                java.util.Collections.nCopies(count, RecipientParameters.none()));
    }
}
