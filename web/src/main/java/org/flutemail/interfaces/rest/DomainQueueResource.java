package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.RemoteDeliveryService;
import org.flutemail.application.RemoteDeliveryService.QueuedDelivery;

/**
 * {@code /domains/{domain}/queue}: the outbound deliveries its users sent that are still waiting, for the
 * domain's administrators, read-only (retrying, bouncing and deleting stay with {@code /queue}).
 */
@Path("/domains/{domain}/queue")
@Produces(MediaType.APPLICATION_JSON)
public class DomainQueueResource {

    @Inject
    CallerGuard guard;

    @EJB
    RemoteDeliveryService remote;

    @GET
    public List<QueuedDelivery> list(@PathParam("domain") String domain) {
        guard.domain(domain);
        return remote.queuedFrom(domain);
    }
}
