package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.flutemail.application.AliasService;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.Views.AliasView;

@Path("/aliases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AliasResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    AliasService aliases;

    @GET
    public List<AliasView> list(@QueryParam("domain") String domain) {
        return guard.listed(domain, aliases::list);
    }

    @POST
    public Response create(Requests.NewAlias body) {
        BadRequestBody.required("body", body);
        guard.address(BadRequestBody.required("address", body.address()));
        AliasView created = aliases.create(body.address(),
                BadRequestBody.required("targets", body.targets()));
        return Response.created(UriBuilder.fromResource(AliasResource.class).path(created.address()).build())
                .entity(created).build();
    }

    @GET
    @Path("{address}")
    public AliasView get(@PathParam("address") String address) {
        guard.address(address);
        return aliases.get(address);
    }

    @PUT
    @Path("{address}")
    public AliasView retarget(@PathParam("address") String address, Requests.AliasTargets body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        return aliases.retarget(address, BadRequestBody.required("targets", body.targets()));
    }

    @DELETE
    @Path("{address}")
    public Response delete(@PathParam("address") String address) {
        guard.address(address);
        aliases.delete(address);
        return Response.noContent().build();
    }
}
