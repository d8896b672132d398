package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.flutemail.application.AuditService.AuditPage;
import org.flutemail.application.AuditService;
import org.flutemail.application.CallerGuard;

/** The audit log, newest first, for system administrators. Times are ISO-8601 instants; the range is [from, to). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CallerGuard guard;

    @EJB
    AuditService audit;

    @GET
    public AuditPage search(@QueryParam("actor") String actor, @QueryParam("target") String target,
            @QueryParam("action") String action, @QueryParam("domain") String domain,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        guard.system();
        return audit.search(actor, target, action, domain, instant("from", from), instant("to", to), page, size);
    }

    /** Null for an absent value; a 400 for one that is not an ISO-8601 instant. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
