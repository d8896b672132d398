package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.flutemail.application.MailEventsFlush;
import org.flutemail.application.MailLogService;
import org.flutemail.domain.MailLogRepository;
import org.flutemail.domain.MailLogRepository.Criteria;

@Stateless
public class DefaultMailLogService implements MailLogService {

    static final int MAX_PAGE_SIZE = 500;
    private static final Set<String> RESULTS = Set.of("accepted", "refused", "success", "failure");

    @Inject
    MailLogRepository log;

    @Inject
    MailEventsFlush pending;

    @Override
    public LogPage search(Instant from, Instant to, String account, String ip, String result, Set<String> domains,
            int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        String outcome = blankToNull(result);
        if (outcome != null && !RESULTS.contains(outcome.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("result must be one of accepted, refused, success, failure");
        }
        pending.flush();
        int limit = Math.min(size, MAX_PAGE_SIZE);
        Criteria criteria = new Criteria(from, to, blankToNull(account), blankToNull(ip),
                outcome == null ? null : outcome.toLowerCase(Locale.ROOT), domains);
        return new LogPage(log.count(criteria), page, limit, log.search(criteria, page * limit, limit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
