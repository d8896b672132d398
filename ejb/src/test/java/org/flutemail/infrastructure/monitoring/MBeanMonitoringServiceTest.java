package org.flutemail.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.flutemail.application.MonitoringService.Sample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MBeanMonitoringServiceTest {

    public interface ProbeMXBean {
        long getSeenTotal();

        boolean isHealthy();

        int getActiveSessions();

        String getDescription();
    }

    private ObjectName name;

    @BeforeEach
    void registerAProbe() throws Exception {
        name = new ObjectName("org.flutemail:type=TestProbe,protocol=IMAP,port=143");
        ManagementFactory.getPlatformMBeanServer().registerMBean(new ProbeMXBean() {
            @Override
            public long getSeenTotal() {
                return 42;
            }

            @Override
            public boolean isHealthy() {
                return true;
            }

            @Override
            public int getActiveSessions() {
                return 7;
            }

            @Override
            public String getDescription() {
                return "not a number";
            }
        }, name);
    }

    @AfterEach
    void unregister() throws Exception {
        ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    }

    @Test
    void numericAndBooleanAttributesBecomeSamplesNamedByTypeAndAttributeLabelledByTheOtherKeys() {
        List<Sample> samples = new MBeanMonitoringService().samples().stream()
                .filter(s -> s.name().startsWith("flute_test_probe_")).toList();

        Map<String, String> labels = Map.of("port", "143", "protocol", "IMAP");
        assertThat(samples).containsExactly(
                new Sample("flute_test_probe_active_sessions", labels, false, 7),
                new Sample("flute_test_probe_healthy", labels, false, 1),
                new Sample("flute_test_probe_seen_total", labels, true, 42));
    }
}
