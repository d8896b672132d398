package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MessageTraceService;
import org.flutemail.application.MessageTraceService.MessageTrace;

/** Message tracing, for system administrators: what happened to a message, step by step. */
@Path("/trace")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    MessageTraceService traces;

    @GET
    public List<MessageTrace> find(@QueryParam("queueId") String queueId, @QueryParam("sender") String sender,
            @QueryParam("recipient") String recipient, @QueryParam("messageId") String messageId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        guard.system();
        return traces.find(queueId, sender, recipient, messageId, AuditResource.instant("from", from),
                AuditResource.instant("to", to), limit);
    }
}
