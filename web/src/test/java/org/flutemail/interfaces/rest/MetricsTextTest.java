package org.flutemail.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flutemail.application.MonitoringService.Sample;
import org.junit.jupiter.api.Test;

class MetricsTextTest {

    @Test
    void eachFamilyHasOneTypeLineAndLabelsAreQuotedAndEscaped() {
        String text = MetricsText.render(List.of(
                new Sample("flute_listener_active_sessions", new TreeMap<>(Map.of("port", "25", "protocol", "SMTP")), false, 3),
                new Sample("flute_listener_active_sessions", new TreeMap<>(Map.of("port", "143", "protocol", "IMAP")), false, 0),
                new Sample("flute_messages_accepted_total", Map.of(), true, 12),
                new Sample("flute_odd", Map.of("name", "a \"b\" \\ c"), false, 0.5)));

        assertThat(text).isEqualTo("""
                # TYPE flute_listener_active_sessions gauge
                flute_listener_active_sessions{port="25",protocol="SMTP"} 3
                flute_listener_active_sessions{port="143",protocol="IMAP"} 0
                # TYPE flute_messages_accepted_total counter
                flute_messages_accepted_total 12
                # TYPE flute_odd gauge
                flute_odd{name="a \\"b\\" \\\\ c"} 0.5
                """);
    }
}
