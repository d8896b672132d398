package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainAdministratorService.AdministratorView;
import org.flutemail.application.DomainAdministratorService;

/**
 * A domain's administrators: the system administrator grants and revokes them (creating the login on
 * its first grant); the domain's own administrators may see who they are.
 */
@Path("/domains/{name}/admins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainAdminResource {

    /** {@code password} only for a login that does not exist yet. */
    public record Grant(String login, String password) {
    }

    @Inject
    CallerGuard guard;

    @EJB
    DomainAdministratorService administrators;

    @GET
    public List<AdministratorView> list(@PathParam("name") String domain) {
        guard.domain(domain);
        return administrators.list(domain);
    }

    @POST
    public Response grant(@PathParam("name") String domain, Grant body) {
        guard.system();
        BadRequestBody.required("body", body);
        AdministratorView granted = administrators.grant(domain, BadRequestBody.required("login", body.login()),
                body.password());
        return Response.created(UriBuilder.fromResource(DomainAdminResource.class).path(granted.login())
                .build(domain)).entity(granted).build();
    }

    @DELETE
    @Path("{login}")
    public Response revoke(@PathParam("name") String domain, @PathParam("login") String login) {
        guard.system();
        administrators.revoke(domain, login);
        return Response.noContent().build();
    }
}
