package org.flutemail.application;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.flutemail.domain.RecipientDsn;

/** Writes delivery status notifications (RFC 3464) to send back to a message's sender. */
public interface DeliveryReports {

    /** RFC 3464 section 2.3.3: what happened to the recipient. */
    enum Action {
        FAILED,
        DELAYED,
        /** Stored in a local mailbox. */
        DELIVERED,
        /** Handed to a server that does not report on it (no DSN there): the last word we can give. */
        RELAYED,
        /** An alias handed on to several addresses, which are not named (RFC 3461). */
        EXPANDED;

        /** Whether a recipient with these RFC 3461 requests is to hear of this. */
        public boolean wantedBy(RecipientDsn dsn) {
            return switch (this) {
                case FAILED -> dsn.wantsFailure();
                case DELAYED -> dsn.wantsDelay();
                case DELIVERED, RELAYED, EXPANDED -> dsn.wantsSuccess();
            };
        }
    }

    /**
     * @param status     the RFC 3463 status, e.g. {@code 5.1.1}
     * @param diagnostic the remote reply as given, e.g. {@code 550 5.1.1 no such user}, or empty
     */
    record RecipientReport(String address, String original, Action action, String status, String diagnostic,
            String remoteHost) {
    }

    /**
     * @param reversePath the original sender, to whom the report goes; never empty (no reports to the
     *                    null sender)
     * @param returnFull  RET=FULL: attach the whole message, else only its header
     */
    record Report(String queueId, String reversePath, String envelopeId, boolean returnFull, String originalBlobKey,
            Instant arrival, Instant retryUntil, List<RecipientReport> recipients) {
        public Report {
            if (reversePath == null || reversePath.isEmpty()) {
                throw new IllegalArgumentException("no delivery report goes to the null sender");
            }
            recipients = List.copyOf(recipients);
        }
    }

    /** The complete report message (RFC 5322 octets), ready to be spooled. */
    byte[] compose(Report report) throws IOException;
}
