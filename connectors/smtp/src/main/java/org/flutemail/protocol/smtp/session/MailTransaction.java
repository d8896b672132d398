package org.flutemail.protocol.smtp.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flutemail.connector.api.EnvelopeParameters;
import org.flutemail.connector.api.EnvelopeParameters.RecipientParameters;
import org.flutemail.protocol.smtp.content.LineEndCheck;
import org.flutemail.protocol.smtp.content.ReceivedHeaderCounter;
import org.flutemail.protocol.smtp.content.SpooledContent;

/**
 * The envelope being built between MAIL and the end of DATA or the last BDAT chunk, with its ESMTP
 * parameters, and the content once it started. Owns the content's spool file: {@link #close()} must
 * run whatever way the transaction ends.
 */
public final class MailTransaction implements AutoCloseable {

    private final String sender;
    private final Map<String, RecipientParameters> recipients = new LinkedHashMap<>();
    private String body = "7BIT";
    private long declaredSize;
    private boolean smtpUtf8;
    private String dsnReturn = "";
    private String envelopeId = "";
    private SpooledContent content;
    private ReceivedHeaderCounter hops;
    private LineEndCheck lineEnds;

    MailTransaction(String sender) {
        this.sender = sender;
    }

    public String sender() {
        return sender;
    }

    public List<String> recipients() {
        return new ArrayList<>(recipients.keySet());
    }

    public int recipientCount() {
        return recipients.size();
    }

    boolean hasRecipient(String address) {
        return recipients.containsKey(address);
    }

    void addRecipient(String address, RecipientParameters parameters) {
        recipients.put(address, parameters);
    }

    /** The {@code SIZE=} of MAIL FROM, 0 when the client declared none. */
    long declaredSize() {
        return declaredSize;
    }

    void declaredSize(long octets) {
        declaredSize = octets;
    }

    void body(String value) {
        body = value;
    }

    boolean isBinary() {
        return "BINARYMIME".equals(body);
    }

    void smtpUtf8() {
        smtpUtf8 = true;
    }

    boolean isSmtpUtf8() {
        return smtpUtf8;
    }

    void dsnReturn(String value) {
        dsnReturn = value;
    }

    void envelopeId(String value) {
        envelopeId = value;
    }

    EnvelopeParameters parameters() {
        return new EnvelopeParameters(body, smtpUtf8, dsnReturn, envelopeId, List.copyOf(recipients.values()));
    }

    /** @param chunked content comes by BDAT, so line ends are checked here rather than by the decoder */
    void startContent(SpooledContent spool, boolean chunked) {
        this.content = spool;
        this.hops = new ReceivedHeaderCounter();
        this.lineEnds = chunked ? new LineEndCheck() : null;
    }

    boolean hasContent() {
        return content != null;
    }

    void write(byte[] bytes, int offset, int length) {
        content.write(bytes, offset, length);
        hops.feed(bytes, offset, length);
        if (lineEnds != null) {
            lineEnds.feed(bytes, offset, length);
        }
    }

    SpooledContent content() {
        return content;
    }

    int hops() {
        return hops.count();
    }

    /** For BDAT content: whether a bare CR or LF occurred that the body type does not allow. */
    boolean hasForbiddenLineEnds() {
        return lineEnds != null && !isBinary() && lineEnds.sawBareLineEnd();
    }

    @Override
    public void close() {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
