package org.flutemail.disclaimer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flutemail.protocol.imap.message.MimePart;

/**
 * Adds a domain's disclaimer to a whole message (RFC 5322 octets) and marks it with an
 * {@value #MARKER} field naming the domain, so a message that comes by again is not stamped twice.
 * Only the chosen text parts ({@link TextBodies}) change, each by {@link TextPartStamper}; every other
 * octet, the message header included, is copied as it was. A message this class cannot change safely
 * is returned untouched with the reason.
 */
public final class DisclaimerStamper {

    /** The field that says a message carries its domain's disclaimer. */
    public static final String MARKER = "X-Flute-Disclaimer";

    private final long maxOctets;

    /** @param maxOctets messages larger than this are left alone (they are read into memory whole) */
    public DisclaimerStamper(long maxOctets) {
        this.maxOctets = maxOctets;
    }

    public long maxOctets() {
        return maxOctets;
    }

    public StampResult stamp(byte[] message, Disclaimer disclaimer, String domain) {
        if (message.length > maxOctets) {
            return StampResult.untouched("larger than " + maxOctets + " octets");
        }
        MimePart root = MimePart.parse(message);
        if (root.header().value(MARKER) != null) {
            return StampResult.untouched("it carries a disclaimer already");
        }
        List<MimePart> parts;
        try {
            parts = TextBodies.of(message, root);
            if (parts.isEmpty()) {
                return StampResult.untouched("it has no text body");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 1024);
            out.writeBytes((MARKER + ": " + domain + "\r\n").getBytes(StandardCharsets.US_ASCII));
            int copied = 0;
            for (MimePart part : parts) {
                byte[] stamped = TextPartStamper.stamp(message, part, disclaimer);
                out.write(message, copied, part.start() - copied);
                out.writeBytes(stamped);
                copied = part.end();
            }
            out.write(message, copied, message.length - copied);
            return StampResult.stamped(out.toByteArray());
        } catch (Unstampable e) {
            return StampResult.untouched(e.getMessage());
        }
    }
}
