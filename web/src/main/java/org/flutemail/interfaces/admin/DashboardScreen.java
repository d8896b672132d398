package org.flutemail.interfaces.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MonitoringService.Sample;
import org.flutemail.application.MonitoringService;

/** Health and the monitoring figures (the metrics endpoint's samples), for system administrators. */
@Named
@RequestScoped
public class DashboardScreen {

    @Inject
    CallerGuard guard;

    @Inject
    MonitoringService monitoring;

    private List<Sample> samples;

    /** A domain administrator has no server-wide figures: their start page is the accounts. */
    public String check() {
        return guard.actor().tier() == org.flutemail.application.Actor.Tier.SYSTEM ? null
                : AdminLoginScreen.home(guard.actor());
    }

    public List<Sample> getSamples() {
        if (samples == null) {
            guard.system();
            samples = monitoring.samples();
        }
        return samples;
    }

    /** One figure without labels, e.g. {@code flute_messages_accepted_total}; -1 when absent. */
    public long figure(String name) {
        return getSamples().stream().filter(s -> s.name().equals(name) && s.labels().isEmpty())
                .mapToLong(s -> (long) s.value()).findFirst().orElse(-1);
    }

    /** The last warnings and errors the server logged, newest first. */
    public List<String> getRecentProblems() {
        guard.system();
        return monitoring.recentProblems();
    }

    public String labels(Sample sample) {
        return sample.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    public String value(Sample sample) {
        double v = sample.value();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
