package org.flutemail.application;

import java.util.List;
import org.flutemail.domain.RecipientDsn;

/**
 * Carries one outbound delivery to the servers of its destination domain. Implemented over SMTP with
 * MX look-ups; tests and the project's own test networks put a static resolver behind it.
 */
public interface RemoteTransport {

    record Recipient(String address, RecipientDsn dsn) {
    }

    /** One attempt: the content is the blob {@code blobKey} of the blob store. */
    record Job(long deliveryId, String domain, String reversePath, List<Recipient> recipients, String blobKey,
            long size, String bodyType, boolean smtpUtf8, String dsnReturn, String dsnEnvelopeId) {
        public Job {
            recipients = List.copyOf(recipients);
        }
    }

    enum Outcome {
        DELIVERED,
        /** Try again later (4xx, no answer, connection trouble). */
        TEMPORARY,
        /** Do not try again (5xx, or the domain takes no mail). */
        PERMANENT
    }

    /**
     * @param reply      what the remote server said, e.g. {@code 550 5.1.1 no such user}, or a
     *                   description of what went wrong without a reply
     * @param remoteHost the server that answered, or empty
     * @param remoteReports delivered to a server that announced DSN (RFC 3461) and took the sender's
     *                   requests with the recipient, so any report from here on is its to send
     */
    record Result(String address, Outcome outcome, String reply, String remoteHost, boolean remoteReports) {

        /** A result no remote server reports on from here (every failure, and a test's delivery). */
        public Result(String address, Outcome outcome, String reply, String remoteHost) {
            this(address, outcome, reply, remoteHost, false);
        }
    }

    /** One result per recipient of the job. Remote failures are results, never exceptions. */
    List<Result> deliver(Job job);
}
