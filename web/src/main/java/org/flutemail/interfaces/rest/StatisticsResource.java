package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.StatisticsService;
import org.flutemail.application.StatisticsService.Statistics;

/**
 * Statistics of a period (default: the last seven days): system administrators see the whole server
 * or one domain; domain administrators their domains (or one of them), never the server-wide figures.
 */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    @Inject
    CallerGuard guard;

    @EJB
    StatisticsService statistics;

    @GET
    public Statistics get(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("domain") String domain, @QueryParam("top") @DefaultValue("10") int top) {
        guard.administrator();
        Set<String> domains = guard.reportDomains(domain);
        Instant end = to == null || to.isBlank() ? Instant.now() : AuditResource.instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_PERIOD) : AuditResource.instant("from", from);
        return statistics.statistics(start, end, domains, top);
    }
}
