package org.flutemail.protocol.smtp.client.dsn;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The words of a notification for people: subject and explanation. An interface so that Simplified
 * Chinese (or any language) can be added as another implementation without touching the report
 * structure; the machine-readable part is always the same.
 */
public interface BounceTexts {

    /** What kind of notice a report is, from its recipients' actions. */
    enum Kind {
        FAILURE,
        DELAY,
        SUCCESS
    }

    String subject(Kind kind);

    /** The paragraph before the list of recipients. */
    String introduction(Kind kind, String reportingMta);

    /** How the human-readable part is encoded: US-ASCII for English, UTF-8 for most others. */
    default Charset charset() {
        return StandardCharsets.US_ASCII;
    }

    /** The texts in English. */
    BounceTexts ENGLISH = new BounceTexts() {
        @Override
        public String subject(Kind kind) {
            return switch (kind) {
                case FAILURE -> "Undelivered Mail Returned to Sender";
                case DELAY -> "Delayed Mail (still being retried)";
                case SUCCESS -> "Successful Mail Delivery Report";
            };
        }

        @Override
        public String introduction(Kind kind, String reportingMta) {
            return switch (kind) {
                case FAILURE -> "This is the mail system at host " + reportingMta + ".\r\n\r\n"
                        + "I'm sorry to have to inform you that your message could not be delivered to one or more\r\n"
                        + "recipients. It's attached below. The mail system said:";
                case DELAY -> "This is the mail system at host " + reportingMta + ".\r\n\r\n"
                        + "Your message could not be delivered yet. The mail system will keep trying;\r\n"
                        + "you do not need to send it again. The mail system said:";
                case SUCCESS -> "This is the mail system at host " + reportingMta + ".\r\n\r\n"
                        + "Your message was delivered to the following recipients, as you asked:";
            };
        }
    };
}
