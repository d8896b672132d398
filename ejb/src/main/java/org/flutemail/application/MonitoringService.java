package org.flutemail.application;

import java.util.List;
import java.util.Map;

/**
 * The monitoring figures as samples, read from the {@code org.flutemail} MBeans: what the metrics
 * endpoint renders and the administration dashboard shows.
 */
public interface MonitoringService {

    /**
     * One figure: {@code name} like {@code flute_messages_accepted_total}, {@code labels} from the MBean's
     * key properties (sorted), {@code counter} for attributes ending in {@code Total}.
     */
    record Sample(String name, Map<String, String> labels, boolean counter, double value) {
    }

    /** Sorted by name, then labels. */
    List<Sample> samples();

    /**
     * The last warnings and errors the server logged, newest first, each "time LEVEL logger: message";
     * empty when none were logged since the start.
     */
    List<String> recentProblems();
}
