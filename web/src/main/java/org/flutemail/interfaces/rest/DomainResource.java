package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
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
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;

@Path("/domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    DomainService domains;

    @GET
    public List<DomainView> list() {
        return domains.list().stream().filter(d -> guard.sees(d.name())).toList();
    }

    @POST
    public Response create(Requests.NewDomain body) {
        guard.system();
        BadRequestBody.required("body", body);
        DomainView created = domains.create(BadRequestBody.required("name", body.name()));
        return Response.created(UriBuilder.fromResource(DomainResource.class).path(created.name()).build())
                .entity(created).build();
    }

    @GET
    @Path("{name}")
    public DomainView get(@PathParam("name") String name) {
        guard.domain(name);
        return domains.get(name);
    }

    @POST
    @Path("{name}/suspend")
    public DomainView suspend(@PathParam("name") String name) {
        guard.system();
        return domains.suspend(name);
    }

    @POST
    @Path("{name}/activate")
    public DomainView activate(@PathParam("name") String name) {
        guard.system();
        return domains.activate(name);
    }

    @jakarta.ws.rs.PUT
    @Path("{name}/policy")
    public DomainView policy(@PathParam("name") String name, Requests.DomainPolicy body) {
        guard.system();
        BadRequestBody.required("body", body);
        return domains.requireOwnedSenders(name, BadRequestBody.required("senderMustBeOwned", body.senderMustBeOwned()));
    }

    @jakarta.ws.rs.PUT
    @Path("{name}/limits")
    public DomainView limits(@PathParam("name") String name, Requests.DomainLimits body) {
        guard.system();
        BadRequestBody.required("body", body);
        return domains.limit(name, body.quotaBytes(), body.maxAccounts(), body.maxMessageBytes(),
                body.defaultClassOfService());
    }

    /** 202: the domain is pending deletion; its data goes when the grace period in the answer is over. */
    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        guard.system();
        return Response.accepted(domains.delete(name)).build();
    }

    @POST
    @Path("{name}/restore")
    public DomainView restore(@PathParam("name") String name) {
        guard.system();
        return domains.restore(name);
    }
}
