package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.flutemail.application.HealthService;
import org.flutemail.application.HealthService.Health;

/** Open to anyone (web.xml), for load balancers and monitoring: 200 when UP, 503 otherwise. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    HealthService health;

    @GET
    public Response check() {
        Health h = health.check();
        return Response.status("UP".equals(h.status()) ? 200 : 503).entity(h).build();
    }
}
