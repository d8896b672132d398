package org.flutemail.interfaces.rest;

import org.flutemail.application.CallerGuard;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.flutemail.application.RemoteDeliveryService;
import org.flutemail.application.RemoteDeliveryService.QueuedDelivery;

/** The outbound queue: what waits for other servers, and the postmaster's levers on it. */
@Path("/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    RemoteDeliveryService remote;

    @GET
    public List<QueuedDelivery> list() {
        guard.system();
        return remote.queued();
    }

    @GET
    @Path("{id}")
    public QueuedDelivery get(@PathParam("id") long id) {
        guard.system();
        return remote.get(id);
    }

    @POST
    @Path("{id}/retry")
    public QueuedDelivery retry(@PathParam("id") long id) {
        guard.system();
        return remote.retryNow(id);
    }

    @POST
    @Path("{id}/bounce")
    public QueuedDelivery bounce(@PathParam("id") long id) {
        guard.system();
        return remote.bounce(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        guard.system();
        remote.delete(id);
        return Response.noContent().build();
    }
}
