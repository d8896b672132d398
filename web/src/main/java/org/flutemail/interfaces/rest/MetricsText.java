package org.flutemail.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.flutemail.application.MonitoringService.Sample;

/**
 * The Prometheus text exposition format (version 0.0.4): a {@code # TYPE} line per metric family, then
 * its samples. Counters keep their {@code _total} names; whole numbers are written without a fraction.
 */
final class MetricsText {

    private MetricsText() {
    }

    static String render(List<Sample> samples) {
        StringBuilder out = new StringBuilder();
        String family = null;
        for (Sample s : samples) {
            if (!s.name().equals(family)) {
                family = s.name();
                out.append("# TYPE ").append(family).append(s.counter() ? " counter" : " gauge").append('\n');
            }
            out.append(s.name()).append(labels(s.labels())).append(' ').append(number(s.value())).append('\n');
        }
        return out.toString();
    }

    private static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("{");
        labels.forEach((key, value) -> out.append(out.length() == 1 ? "" : ",").append(key).append("=\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"'));
        return out.append('}').toString();
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
