package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MailLogService;
import org.flutemail.application.MailLogService.LogPage;

/**
 * The mail log, newest first: accepted and refused recipients and password logins. System
 * administrators search all of it; domain administrators the lines of their domains.
 */
@Path("/logs")
@Produces(MediaType.APPLICATION_JSON)
public class MailLogResource {

    @Inject
    CallerGuard guard;

    @EJB
    MailLogService log;

    @GET
    public LogPage search(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("account") String account, @QueryParam("ip") String ip, @QueryParam("result") String result,
            @QueryParam("domain") String domain, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        guard.administrator();
        return log.search(AuditResource.instant("from", from), AuditResource.instant("to", to), account, ip, result,
                guard.reportDomains(domain), page, size);
    }
}
