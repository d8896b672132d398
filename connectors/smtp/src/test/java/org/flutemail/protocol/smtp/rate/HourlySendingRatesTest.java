package org.flutemail.protocol.smtp.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HourlySendingRatesTest {

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final AtomicReference<RateLimits> limits = new AtomicReference<>(new RateLimits(2, 3, 5));
    private final List<String> refused = new ArrayList<>();
    private final HourlySendingRates rates = new HourlySendingRates(limits::get, 1000, now::get,
            (limit, sender, perHour) -> refused.add(limit + " " + sender + " " + perHour));

    @Test
    void anAccountIsRefusedOnceItsMessagesReachTheLimit() {
        rates.accepted("alice@flute.test", "192.0.2.1", 1);
        assertThat(rates.beforeMessage("alice@flute.test", "192.0.2.1")).isEmpty();
        rates.accepted("Alice@Flute.test", "192.0.2.9", 1);
        assertThat(rates.beforeMessage("alice@flute.test", "192.0.2.1")).contains(RateLimit.MESSAGES_PER_ACCOUNT);
        assertThat(rates.beforeMessage("bob@flute.test", "192.0.2.1")).as("another account").isEmpty();
        assertThat(rates.beforeMessage("", "192.0.2.1")).as("the address is counted apart").isEmpty();
        assertThat(refused).containsExactly("MESSAGES_PER_ACCOUNT alice@flute.test 2");
    }

    @Test
    void clientsWithoutAuthAreCountedByAddress() {
        for (int i = 0; i < 3; i++) {
            rates.accepted("", "198.51.100.4", 1);
        }
        assertThat(rates.beforeMessage("", "198.51.100.4")).contains(RateLimit.MESSAGES_PER_CLIENT);
        assertThat(rates.beforeMessage("", "198.51.100.5")).isEmpty();
        assertThat(rates.beforeMessage("carol@flute.test", "198.51.100.4")).as("after AUTH the account counts").isEmpty();
    }

    @Test
    void recipientsCountTheOpenTransactionToo() {
        rates.accepted("alice@flute.test", "192.0.2.1", 3);
        assertThat(rates.beforeRecipient("alice@flute.test", 0)).isEmpty();
        assertThat(rates.beforeRecipient("alice@flute.test", 1)).isEmpty();
        assertThat(rates.beforeRecipient("alice@flute.test", 2)).contains(RateLimit.RECIPIENTS_PER_ACCOUNT);
        assertThat(rates.beforeRecipient("", 100)).as("no recipient limit without AUTH").isEmpty();
    }

    @Test
    void raisingOrSwitchingOffALimitAppliesToTheNextQuestion() {
        rates.accepted("alice@flute.test", "192.0.2.1", 1);
        rates.accepted("alice@flute.test", "192.0.2.1", 1);
        assertThat(rates.beforeMessage("alice@flute.test", "192.0.2.1")).isPresent();
        limits.set(new RateLimits(3, 3, 5));
        assertThat(rates.beforeMessage("alice@flute.test", "192.0.2.1")).isEmpty();
        limits.set(RateLimits.NONE);
        rates.accepted("alice@flute.test", "192.0.2.1", 1);
        limits.set(new RateLimits(3, 3, 5));
        assertThat(rates.beforeMessage("alice@flute.test", "192.0.2.1"))
                .as("nothing is counted while a limit is off").isEmpty();
    }

    @Test
    void theHourPasses() {
        rates.accepted("alice@flute.test", "192.0.2.1", 1);
        rates.accepted("alice@flute.test", "192.0.2.1", 1);
        now.addAndGet(3_600_000);
        assertThat(rates.beforeMessage("alice@flute.test", "192.0.2.1")).isEmpty();
    }
}
