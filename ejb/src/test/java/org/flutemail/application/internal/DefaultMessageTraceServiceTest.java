package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flutemail.domain.MessageTraces;
import org.flutemail.domain.OutboundDelivery;
import org.flutemail.domain.SpooledMessage;
import org.flutemail.domain.StoredMessage;
import org.junit.jupiter.api.Test;

class DefaultMessageTraceServiceTest {

    /** Remembers what it was asked; finds nothing. */
    private static final class AskedTraces implements MessageTraces {
        Criteria criteria;
        int limit;

        @Override
        public List<SpooledMessage> received(Criteria criteria, int limit) {
            this.criteria = criteria;
            this.limit = limit;
            return List.of();
        }

        @Override
        public List<StoredMessage> deliveredFrom(String queueId) {
            return List.of();
        }

        @Override
        public List<OutboundDelivery> relayedFrom(String queueId) {
            return List.of();
        }
    }

    private final AskedTraces traces = new AskedTraces();
    private final DefaultMessageTraceService service = new DefaultMessageTraceService();

    DefaultMessageTraceServiceTest() {
        service.traces = traces;
    }

    @Test
    void blankCriteriaMatchEverythingAndOthersAreTrimmed() {
        Instant from = Instant.parse("2026-11-30T00:00:00Z");
        service.find(" ", " alice@example.test ", "", null, from, null, 20);
        assertThat(traces.criteria).isEqualTo(new MessageTraces.Criteria(null, "alice@example.test", null, null, from,
                null));
    }

    @Test
    void theNumberOfResultsIsBetweenOneAndAHundred() {
        service.find(null, null, null, null, null, null, 10_000);
        assertThat(traces.limit).isEqualTo(100);
        service.find(null, null, null, null, null, null, -5);
        assertThat(traces.limit).isEqualTo(1);
    }
}
