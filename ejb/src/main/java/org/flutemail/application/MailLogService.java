package org.flutemail.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flutemail.domain.MailLogEntry;

/** The mail log search: accepted and refused recipients and password logins, newest first. */
public interface MailLogService {

    record LogPage(long total, int page, int size, List<MailLogEntry> entries) {
    }

    /**
     * @param account  an address or login: lines where it is the account, the sender or the recipient
     * @param ip       the client address, exactly
     * @param result   {@code accepted}, {@code refused}, {@code success} or {@code failure}
     * @param domains  null for every line, else the lines of those domains (as recipient's, login's or sender's)
     */
    LogPage search(Instant from, Instant to, String account, String ip, String result, Set<String> domains, int page,
            int size);
}
