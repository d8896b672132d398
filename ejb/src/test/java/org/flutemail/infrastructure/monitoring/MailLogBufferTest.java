package org.flutemail.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flutemail.domain.MailLogEntry;
import org.junit.jupiter.api.Test;

class MailLogBufferTest {

    private static MailLogEntry login(String user) {
        return new MailLogEntry(Instant.EPOCH, MailLogEntry.LOGIN, "IMAP", "192.0.2.1", user, null, null,
                MailLogEntry.domainOf(user), null, "success", null);
    }

    @Test
    void linesAreTakenOldestFirstInBatches() {
        MailLogBuffer buffer = new MailLogBuffer(10);
        buffer.add(login("a@x.test"));
        buffer.add(login("b@x.test"));
        buffer.add(login("c@x.test"));

        assertThat(buffer.take(2)).extracting(MailLogEntry::account).containsExactly("a@x.test", "b@x.test");
        assertThat(buffer.take(2)).extracting(MailLogEntry::account).containsExactly("c@x.test");
        assertThat(buffer.take(2)).isEmpty();
    }

    @Test
    void aFullBufferDropsNewLinesAndCountsThem() {
        MailLogBuffer buffer = new MailLogBuffer(2);
        buffer.add(login("a@x.test"));
        buffer.add(login("b@x.test"));
        buffer.add(login("c@x.test"));

        assertThat(buffer.dropped()).isEqualTo(1);
        List<MailLogEntry> taken = buffer.take(10);
        assertThat(taken).extracting(MailLogEntry::account).containsExactly("a@x.test", "b@x.test");
        buffer.restore(taken);
        assertThat(buffer.take(10)).hasSize(2);
    }

    @Test
    void theDomainOfAnAddressIsLowerCaseAndAbsentForNone() {
        assertThat(MailLogEntry.domainOf("Li@Example.TEST")).isEqualTo("example.test");
        assertThat(MailLogEntry.domainOf("admin")).isNull();
        assertThat(MailLogEntry.domainOf("")).isNull();
        assertThat(MailLogEntry.domainOf(null)).isNull();
    }
}
