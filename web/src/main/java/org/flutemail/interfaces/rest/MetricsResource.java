package org.flutemail.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MonitoringService;

/**
 * The server's figures for a monitoring system to scrape, in the Prometheus text format (which
 * OpenMetrics scrapers read too). System administrators only: HTTP Basic, as the rest of the API.
 */
@Path("/metrics")
public class MetricsResource {

    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    CallerGuard guard;

    @Inject
    MonitoringService monitoring;

    @GET
    @Produces(TEXT_FORMAT)
    public String scrape() {
        guard.system();
        return MetricsText.render(monitoring.samples());
    }
}
