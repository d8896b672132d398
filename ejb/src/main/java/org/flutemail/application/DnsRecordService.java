package org.flutemail.application;

import java.util.List;

/** The DNS records a domain should publish for mail to reach it and its mail to be trusted, and a check of them. */
public interface DnsRecordService {

    enum Status {
        /** Published as it should be. */
        PRESENT,
        /** Nothing of the kind is published. */
        MISSING,
        /** Something is published, but not what it should be ({@code found} says what). */
        WRONG,
        /** DNS did not answer (timeout, server failure): nothing can be said now. */
        UNANSWERED
    }

    /**
     * One record: its type ({@code MX}, {@code SPF}, {@code DKIM}, {@code DMARC}; SPF, DKIM and DMARC are
     * TXT records), where it goes, what to publish, and after a check what was found (status null when
     * not checked).
     */
    record DnsRecordView(String type, String name, String expected, Status status, List<String> found) {
    }

    /** What to publish for the domain: MX, SPF, one DKIM record per active key, DMARC. */
    List<DnsRecordView> expected(String domain);

    /** The same records, each looked up in DNS and compared. */
    List<DnsRecordView> check(String domain);
}
