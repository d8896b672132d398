package org.flutemail.protocol.smtp.client;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP reply: the three-digit code, the RFC 3463 enhanced status code when the server sent one,
 * and the text of all its lines joined by a space. Also used for results Flute makes up itself
 * (connection refused, timeout), which then carry the code and status a server would have used.
 *
 * @param code           the reply code, 200 to 599
 * @param enhancedStatus {@code class.subject.detail}, or {@code null} when absent
 * @param text           human-readable text, never {@code null}
 */
public record SmtpReply(int code, String enhancedStatus, String text) {

    private static final Pattern ENHANCED = Pattern.compile("([245])\\.(\\d{1,3})\\.(\\d{1,3})");

    public SmtpReply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("reply code out of range: " + code);
        }
        if (enhancedStatus != null && !ENHANCED.matcher(enhancedStatus).matches()) {
            throw new IllegalArgumentException("not an enhanced status code: " + enhancedStatus);
        }
        Objects.requireNonNull(text, "text");
    }

    public boolean isPositive() {
        return code < 400;
    }

    public boolean isTransientNegative() {
        return code >= 400 && code < 500;
    }

    public boolean isPermanentNegative() {
        return code >= 500;
    }

    /**
     * The status for a delivery status notification: the enhanced status code when present and of the
     * same class as the reply code, else the generic {@code X.0.0} of the reply's class.
     */
    public String status() {
        char replyClass = (char) ('0' + code / 100);
        if (enhancedStatus != null && enhancedStatus.charAt(0) == replyClass) {
            return enhancedStatus;
        }
        return replyClass + ".0.0";
    }

    /** Splits the enhanced status code off the front of {@code text} when it is there. */
    static SmtpReply parse(int code, String text) {
        Matcher m = ENHANCED.matcher(text);
        if (m.lookingAt() && (text.length() == m.end() || text.charAt(m.end()) == ' ')) {
            return new SmtpReply(code, m.group(), text.substring(m.end()).strip());
        }
        return new SmtpReply(code, null, text.strip());
    }

    @Override
    public String toString() {
        return code + (enhancedStatus == null ? "" : " " + enhancedStatus) + (text.isEmpty() ? "" : " " + text);
    }
}
