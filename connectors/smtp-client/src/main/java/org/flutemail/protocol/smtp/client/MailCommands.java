package org.flutemail.protocol.smtp.client;

import org.flutemail.protocol.smtp.client.transport.Capabilities;
import org.flutemail.protocol.smtp.client.transport.Xtext;

/**
 * The MAIL and RCPT lines for one request, with the ESMTP parameters the server announced: SIZE
 * (RFC 1870), BODY (RFC 6152), SMTPUTF8 (RFC 6531), RET/ENVID/NOTIFY/ORCPT (RFC 3461). Parameters
 * the server did not announce are left out, as RFC 5321 requires.
 */
final class MailCommands {

    private final DeliveryRequest request;
    private final Capabilities capabilities;

    MailCommands(DeliveryRequest request, Capabilities capabilities) {
        this.request = request;
        this.capabilities = capabilities;
    }

    String mail() {
        StringBuilder line = new StringBuilder("MAIL FROM:").append(request.sender());
        if (capabilities.has("SIZE")) {
            line.append(" SIZE=").append(request.content().size());
        }
        if (request.bodyType() == BodyType.EIGHT_BIT_MIME && capabilities.has("8BITMIME")) {
            line.append(" BODY=8BITMIME");
        }
        if (request.needsSmtpUtf8() && capabilities.has("SMTPUTF8")) {
            line.append(" SMTPUTF8");
        }
        if (capabilities.has("DSN")) {
            if (request.ret() != null) {
                line.append(" RET=").append(request.ret().name());
            }
            if (request.envelopeId() != null) {
                line.append(" ENVID=").append(Xtext.encode(request.envelopeId()));
            }
        }
        return line.toString();
    }

    String rcpt(Recipient recipient) {
        StringBuilder line = new StringBuilder("RCPT TO:<").append(recipient.address()).append('>');
        if (capabilities.has("DSN")) {
            if (recipient.notifyOn() != null) {
                line.append(" NOTIFY=").append(recipient.notifyOn().toUpperCase(java.util.Locale.ROOT));
            }
            String original = recipient.originalRecipient();
            // a non-ASCII ORCPT needs RFC 6533's utf-8 type; rarely worth it, so it is left out
            if (original != null && EnvelopeAddresses.isAscii(original)) {
                line.append(" ORCPT=rfc822;").append(Xtext.encode(original));
            }
        }
        return line.toString();
    }
}
